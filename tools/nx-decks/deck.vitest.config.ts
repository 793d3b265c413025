import { defineConfig } from 'vitest/config'

/** The `test` target of a deck: one run of deck.check.ts for the deck named by $DECK. */
export default defineConfig({
  test: {
    include: ['tools/nx-decks/deck.check.ts'],
    // A deck's checks are one process; mermaid's first load takes most of a second.
    testTimeout: 60_000,
  },
})

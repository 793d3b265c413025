/**
 * A deck's snippets as test cases: one `it` per snippet, named by slide, language and file:line,
 * failing with every error found in it. Run by a deck's `test` target with DECK=decks/<name>/slides.md.
 */
import { relative, resolve } from 'node:path'
import { checkDeck, type DeckcheckMessage, type DeckResult, type Snippet } from '@deckcheck/core'
import { LANGUAGES, workspaceRoot } from 'deckcheck'
import { describe, expect, it } from 'vitest'

const root = workspaceRoot(process.cwd())
const deck = resolve(process.env.DECK ?? '')
const show = (file: string) => relative(root, file)
const checked = new Set(LANGUAGES.map((language) => language.definition.language))

let result: DeckResult | undefined
let failure: string | undefined
try {
  result = await checkDeck(deck, { root, languages: LANGUAGES })
} catch (error) {
  failure = error instanceof Error ? error.message : String(error)
}

/** Assert that no undeclared error is among `messages`; the failure lists them as file:line:column. */
function expectNoErrors(messages: DeckcheckMessage[]): void {
  const errors = messages.filter((m) => m.severity === 'error' && !m.declared).map((m) => `${show(m.file ?? deck)}:${m.line}:${m.column} ${m.ruleId}: ${m.reason}`)
  expect(errors.length, `\n${errors.join('\n')}\n`).toBe(0)
}

function title(snippet: Snippet): string {
  const where = snippet.origin === 'import' ? `${show(snippet.file)}:${snippet.lines[0]?.line ?? 1}` : `${show(snippet.deckFile)}:${snippet.range.start.line}`
  const what = `${snippet.lang || 'text'}${snippet.kind && snippet.kind !== snippet.lang ? ` (${snippet.kind})` : ''}`
  return `slide ${snippet.slide} · ${what} · ${where}`
}

describe(show(deck), () => {
  if (!result) {
    it('can be read', () => expect.fail(`cannot check ${show(deck)}: ${failure}`))
    return
  }
  const { snippets, messages } = result
  it('has valid directives and imports', () => {
    expectNoErrors(messages.filter((m) => m.snippet === undefined))
  })
  for (const snippet of snippets) {
    if (!checked.has(snippet.lang)) {
      it.todo(`${title(snippet)} (no deckcheck rules for ${snippet.lang || 'untagged blocks'} yet)`)
    } else if (snippet.directives.skip) {
      it.skip(`${title(snippet)} (deckcheck-skip)`)
    } else {
      it(title(snippet), () => {
        expectNoErrors(messages.filter((m) => m.snippet === snippet.index))
      })
    }
  }
})

import { afterEach, describe, expect, it } from 'vitest'
import { run } from '../src/main.ts'
import { threadCount } from '../src/parallel.ts'
import { capture, CLEAN, DECK, workspace } from './fixtures.ts'

describe('worker threads (DECKCHECK_THREADS)', () => {
  afterEach(() => {
    delete process.env.DECKCHECK_THREADS
  })

  it('uses one thread unless asked, and never more threads than decks', () => {
    expect(threadCount(10, undefined)).toBe(1)
    expect(threadCount(10, '1')).toBe(1)
    expect(threadCount(10, 'many')).toBe(1)
    expect(threadCount(10, '4')).toBe(4)
    expect(threadCount(2, '4')).toBe(2)
    expect(threadCount(10, 'auto')).toBeGreaterThanOrEqual(1)
  })

  it('reports exactly what one thread reports, in the same order, with the same exit codes', async () => {
    const root = workspace({ 'decks/a/slides.md': DECK, 'decks/b/slides.md': CLEAN, 'decks/c/slides.md': DECK, 'decks/cfg/slides.md': CLEAN, 'decks/cfg/deckcheck.json': '{"rules": {"no-such-rule": "off"}}' })
    const one = capture(root)
    const oneCode = await run(['decks/a/slides.md', 'decks/b/slides.md', 'decks/c/slides.md', '--format', 'json'], one)
    process.env.DECKCHECK_THREADS = '2'
    const two = capture(root)
    const twoCode = await run(['decks/a/slides.md', 'decks/b/slides.md', 'decks/c/slides.md', '--format', 'json'], two)
    expect(twoCode).toBe(oneCode)
    expect(two.out).toBe(one.out)
    // An error in a worker (here a bad configuration) is reported as on one thread: one line, exit 2.
    const bad = capture(root)
    expect(await run(['decks/a/slides.md', 'decks/cfg/slides.md'], bad)).toBe(2)
    expect(bad.err).toMatch(/unknown rule "no-such-rule"/)
  }, 60_000)
})

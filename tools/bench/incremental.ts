/**
 * The live check's path (packages/slidev-addon's Vite plugin): after each save, `checkDeck` on the
 * deck with one SnippetCache kept across saves. Edits one slide of a 300-slide deck per iteration
 * and prints the latencies as JSON.
 *
 *   node tools/bench/incremental.ts [--edits 100] [--out dist/bench/incremental]
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { checkDeck, type SnippetCache } from '@deckcheck/core'
import { LANGUAGES } from 'deckcheck'
import { generateCorpus } from './corpus.ts'

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

export async function incremental(out: string, edits: number, slides = 300) {
  const info = generateCorpus({ snippets: Math.round(slides * 2.3), slidesPerDeck: slides, out, seed: 7 })
  const deck = info.decks[0]!
  const root = resolve(import.meta.dirname, '../..')
  const cache: SnippetCache = new Map()
  const started = performance.now()
  const first = await checkDeck(deck, { root, languages: LANGUAGES, cache })
  const firstMs = performance.now() - started
  const original = readFileSync(deck, 'utf8')
  // Edit a snippet on a different slide each time: change one number in a line of a fence.
  const lines = original.split('\n')
  const editable = lines.flatMap((line, index) => (/^(version = "0\.|  replicas: |EXPOSE |    image: postgres:|line-length = )/.test(line) ? [index] : []))
  const times: number[] = []
  let rechecked = 0
  for (let i = 0; i < edits; i++) {
    const index = editable[(i * 7919) % editable.length]!
    const copy = [...lines]
    copy[index] = copy[index]!.replace(/\d+/, (n) => String(Number(n) + i + 1))
    writeFileSync(deck, copy.join('\n'))
    const before = cache.size
    const t = performance.now()
    await checkDeck(deck, { root, languages: LANGUAGES, cache })
    times.push(performance.now() - t)
    rechecked += cache.size - before
  }
  writeFileSync(deck, original)
  const sorted = [...times].sort((a, b) => a - b)
  return {
    slides,
    snippets: first.snippets.length,
    edits,
    firstCheckMs: firstMs,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1]!,
    /** Snippets actually checked again over all edits (new cache entries): one per edit at most. */
    recheckedSnippets: rechecked,
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { edits: { type: 'string', default: '100' }, out: { type: 'string' }, slides: { type: 'string', default: '300' } } })
  const out = values.out ?? join(import.meta.dirname, '../../dist/bench/incremental')
  console.log(JSON.stringify(await incremental(out, Number(values.edits), Number(values.slides))))
}

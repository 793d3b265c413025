/**
 * The floor: what any checker of these decks must at least do. Read each deck and its imports,
 * split it into slides (@slidev/parser), parse each slide with remark-parse, find the snippets
 * (core's own extraction), and parse each snippet once with its language's parser — no rules.
 *
 *   node tools/bench/floor.ts dist/bench/corpus-10000
 */
import { readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { DEFAULT_LIMITS, type LanguagePlugin, readDeck, readSource, remarkDeckcheckSnippets, type Snippet } from '@deckcheck/core'
import { LANGUAGES } from 'deckcheck'
import { VFile } from 'vfile'

export function corpusDecks(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(dir, entry.name, 'slides.md'))
    .sort()
}

/** Read, split, remark-parse and extract one deck's snippets: the part of checkDeck that is not rules. */
export function readSnippets(path: string, root: string): Snippet[] {
  const read = { root, maxBytes: DEFAULT_LIMITS.maxFileBytes }
  const entry = readSource(path, read)
  const deck = readDeck(entry, read)
  const file = new VFile({ path: entry.path, value: entry.text })
  // The same transformer checkDeck runs first, called directly: no language plugin after it.
  remarkDeckcheckSnippets({ read, deckRoot: dirname(entry.path) })(deck.tree, file)
  return (file.data as { deckcheck: { snippets: Snippet[] } }).deckcheck.snippets
}

export async function floor(decks: string[], root: string, languages: readonly LanguagePlugin[] = LANGUAGES): Promise<{ snippets: number; parsed: number; failed: number }> {
  const byLanguage = new Map(languages.map((plugin) => [plugin.definition.language, plugin.definition]))
  let snippets = 0
  let parsed = 0
  let failed = 0
  for (const deck of decks) {
    for (const snippet of readSnippets(deck, root)) {
      snippets++
      const definition = byLanguage.get(snippet.lang)
      if (!definition) continue
      try {
        await definition.parse(snippet)
        parsed++
      } catch {
        failed++
      }
    }
  }
  return { snippets, parsed, failed }
}

if (import.meta.main) {
  const dir = resolve(process.argv[2] ?? '.')
  const root = resolve(import.meta.dirname, '../..')
  const result = await floor(corpusDecks(dir), root)
  console.log(JSON.stringify(result))
}

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { checkDeck } from '@deckcheck/core'
import { LANGUAGES } from 'deckcheck'
import { afterAll, describe, expect, it } from 'vitest'
import { generateCorpus, prng } from '../corpus.ts'
import { corpusDecks, floor } from '../floor.ts'

const ROOT = resolve(import.meta.dirname, '../../..')
// Under the workspace (dist/ is ignored): deckcheck refuses files outside its root.
const base = join(ROOT, 'dist/bench/test')
const made: string[] = []
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'))
  made.push(dir)
  return join(base, relative(tmpdir(), dir))
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
  rmSync(base, { recursive: true, force: true })
})

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name !== 'corpus.json') files[relative(dir, path)] = readFileSync(path, 'utf8')
    }
  }
  walk(dir)
  return files
}

// Each faulty snippet is built to trip exactly one of these.
const FAULT_RULES = new Set(['yaml/syntax', 'toml/syntax', 'requirements/syntax', 'mermaid/syntax', 'dockerfile/image-latest-tag'])

describe('the corpus generator', () => {
  it('is deterministic: the same seed writes the same files, another seed other files', () => {
    const a = generateCorpus({ snippets: 150, slidesPerDeck: 20, out: tempDir(), seed: 5 })
    const b = generateCorpus({ snippets: 150, slidesPerDeck: 20, out: tempDir(), seed: 5 })
    const c = generateCorpus({ snippets: 150, slidesPerDeck: 20, out: tempDir(), seed: 6 })
    expect(snapshot(a.dir)).toEqual(snapshot(b.dir))
    expect(snapshot(a.dir)).not.toEqual(snapshot(c.dir))
    expect(prng(1)()).toBe(prng(1)())
  })

  it('writes the requested number of snippets, as deckcheck counts them, and every faulty one is found', async () => {
    const info = generateCorpus({ snippets: 300, slidesPerDeck: 25, out: tempDir(), seed: 1 })
    expect(info.snippets).toBe(300)
    expect(info.faulty).toBeGreaterThan(20)
    expect(Object.keys(info.byFamily).sort()).toEqual(['compose', 'dockerfile', 'frontmatter', 'kubernetes', 'mermaid', 'pyproject', 'requirements', 'workflow'])
    const text = info.decks.map((deck) => readFileSync(deck, 'utf8')).join('\n')
    expect(text).toContain('````md magic-move')
    expect(text).toMatch(/^<<< @\/snippets\/\S+ \w+$/m)
    let snippets = 0
    let faults = 0
    const origins = new Set<string>()
    for (const deck of info.decks) {
      const result = await checkDeck(deck, { root: ROOT, languages: LANGUAGES })
      snippets += result.snippets.length
      for (const snippet of result.snippets) origins.add(snippet.origin)
      faults += result.messages.filter((m) => FAULT_RULES.has(m.ruleId ?? '')).length
    }
    expect(snippets).toBe(info.snippets)
    expect(faults).toBe(info.faulty)
    expect([...origins].sort()).toEqual(expect.arrayContaining(['frontmatter', 'import', 'magic-move']))
  }, 60_000)

  it('a YAML+TOML-only corpus for the peer stack, and the floor parses every snippet of it', async () => {
    const info = generateCorpus({ snippets: 120, out: tempDir(), seed: 2, yamlTomlOnly: true })
    expect(Object.keys(info.byFamily).sort()).toEqual(['compose', 'frontmatter', 'kubernetes', 'pyproject', 'workflow'])
    expect(info.fencedYamlToml).toBeGreaterThan(0)
    const result = await floor(corpusDecks(info.dir), ROOT)
    expect(result.snippets).toBe(120)
    expect(result.parsed + result.failed).toBe(120)
  }, 60_000)
})

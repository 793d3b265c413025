/**
 * Property-based tests: decks generated from the pieces of Slidev Markdown, and real decks
 * mutated, must never make the checker throw, place a finding outside its file, answer
 * differently twice, or take long. A fixed seed keeps CI repeatable; DECKCHECK_FUZZ_RUNS=5000
 * (and DECKCHECK_FUZZ_SEED) run a larger search locally.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { DeckResult } from '@deckcheck/core'
import { check, workspace } from './workspace.ts'

const runs = Number(process.env.DECKCHECK_FUZZ_RUNS ?? 60)
const seed = Number(process.env.DECKCHECK_FUZZ_SEED ?? 20261122)
const repo = resolve(import.meta.dirname, '../..')
const root = workspace({ 'decks/talk/snippets/a.yaml': 'a: 1\n', 'decks/talk/snippets/b.toml': 'x = [1,\n' })

const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ':', '-', '[', ']', '{', '}', '"', '#', '=', '\t', 'é', '日', '→', '\n', '`', '<', '>', '!', '*', '&'), maxLength: 40 })
const lang = fc.constantFrom('yaml', 'yml', 'toml', 'dockerfile', 'Dockerfile', 'mermaid', 'python', 'md', '', 'txt')
const meta = fc.constantFrom('', ' {2|3}', ' {lines:true}', ' [pyproject.toml]', ' twoslash', '{1}', ' [compose.yaml] {*}{maxHeight:"200px"}')
const ticks = fc.integer({ min: 3, max: 6 }).map((n) => '`'.repeat(n))
const indent = fc.constantFrom('', '  ', '   ', '- ', '> ', '\t')

const fence = fc.tuple(indent, ticks, lang, meta, fc.array(text, { maxLength: 5 }), fc.boolean()).map(([ind, t, l, m, body, closed]) =>
  [`${ind}${t}${l}${m}`, ...body.map((line) => `${ind.replace(/[-> ]/g, ' ')}${line}`), closed ? `${ind.replace(/[-> ]/g, ' ')}${t}` : ''].join('\n'),
)
const piece = fc.oneof(
  fence,
  text.map((t) => `# ${t}`),
  text,
  fc.constant('---'),
  fc.constant('---\nlayout: two-cols\n---'),
  text.map((t) => `---\ntitle: ${t}\n---`),
  fc.constant('````md magic-move\n```yaml\na: 1\n```\n```yaml\na: [\n```\n````'),
  fc.constantFrom('<<< @/snippets/a.yaml', '<<< @/snippets/b.toml {2}', '<<< @/snippets/missing.yaml', '<<< ../../../../etc/passwd'),
  fc.constantFrom('<!-- deckcheck-skip -->', '<!-- deckcheck-expect yaml/syntax -->', '<!-- deckcheck-disable DL3007 -->', '<!-- deckcheck-file pyproject.toml library -->', '<!-- note -->'),
  fc.constant('---\nsrc: ./missing.md\n---'),
)
const deck = fc
  .tuple(fc.array(piece, { maxLength: 12 }), fc.boolean(), fc.boolean())
  .map(([pieces, crlf, bom]) => {
    const body = pieces.join('\n\n')
    return `${bom ? '\uFEFF' : ''}${crlf ? body.replace(/\n/g, '\r\n') : body}`
  })

/** Every position of every finding lies inside the file it names. */
function expectInside(result: DeckResult, texts: Map<string, string>): void {
  for (const m of result.messages) {
    const file = m.file ?? result.file
    const content = texts.get(file) ?? readFileSync(file, 'utf8')
    const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/)
    expect(m.line, `${file}: ${m.ruleId} ${m.reason}`).toBeGreaterThanOrEqual(1)
    expect(m.line).toBeLessThanOrEqual(lines.length)
    expect(m.column).toBeGreaterThanOrEqual(1)
    expect(m.column).toBeLessThanOrEqual(lines[m.line! - 1]!.length + 1)
    if (m.endLine !== undefined) {
      expect(m.endLine).toBeLessThanOrEqual(lines.length)
      expect(m.endLine * 1e6 + (m.endColumn ?? 0)).toBeGreaterThanOrEqual(m.line! * 1e6 + m.column!)
    }
  }
}

async function property(markdown: string): Promise<void> {
  const path = join(root, 'decks/talk/slides.md')
  const started = performance.now()
  const first = await check(root, 'decks/talk/slides.md', markdown)
  expect(performance.now() - started).toBeLessThan(10_000)
  expect(first.messages.filter((m) => m.ruleId === 'deckcheck/rule-error').map((m) => m.reason)).toEqual([])
  expectInside(first, new Map([[path, markdown]]))
  const second = await check(root, 'decks/talk/slides.md', markdown)
  expect(second.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`)).toEqual(first.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`))
}

describe('generated decks', () => {
  it('never throw, stay inside their files, and answer the same twice', async () => {
    await fc.assert(fc.asyncProperty(deck, property), { seed, numRuns: runs })
  }, 300_000)
})

describe('mutated real decks', () => {
  const decks = readdirSync(join(repo, 'decks')).map((name) => readFileSync(join(repo, 'decks', name, 'slides.md'), 'utf8'))
  const mutation = fc.tuple(fc.nat({ max: decks.length - 1 }), fc.nat(), fc.nat(), fc.constantFrom('flip', 'truncate', 'delete-fence-line', 'duplicate-fence-line')).map(([d, at, byte, kind]) => {
    const source = decks[d]!
    const position = at % source.length
    if (kind === 'flip') return source.slice(0, position) + String.fromCharCode(byte % 128) + source.slice(position + 1)
    if (kind === 'truncate') return source.slice(0, position)
    const lines = source.split('\n')
    const fences = lines.flatMap((line, i) => (/^\s*(`{3,}|~{3,})/.test(line) ? [i] : []))
    const target = fences[at % Math.max(1, fences.length)] ?? 0
    if (kind === 'delete-fence-line') lines.splice(target, 1)
    else lines.splice(target, 0, lines[target] ?? '')
    return lines.join('\n')
  })
  it('never throw, stay inside their files, and answer the same twice', async () => {
    await fc.assert(fc.asyncProperty(mutation, property), { seed, numRuns: Math.max(10, Math.round(runs / 3)) })
  }, 300_000)
})

import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, expect, it } from 'vitest'

// The CI-sized run of the whole benchmark, so that it cannot rot. No timing is asserted: only
// that every measurement ran and the report was written.
const dir = mkdtempSync(join(tmpdir(), 'bench-smoke-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

it('npm run bench -- --smoke writes a report with every section', () => {
  const results = join(dir, 'RESULTS.md')
  const run = spawnSync(process.execPath, [resolve(import.meta.dirname, '../run.ts'), '--smoke', '--results', results], { encoding: 'utf8', timeout: 280_000 })
  expect(run.stderr).toContain('wrote')
  expect(run.status).toBe(0)
  expect(existsSync(results)).toBe(true)
  const markdown = readFileSync(results, 'utf8')
  for (const heading of ['## Machine', '## deckcheck against the floor', '## The peer stack on its own ground', '## Cold start', '## Incremental', '## Against the targets', '## Reproduce']) {
    expect(markdown).toContain(heading)
  }
  const summary = JSON.parse(readFileSync(join(dir, 'RESULTS.json'), 'utf8')) as {
    sizes: { snippets: number; findings: number }[]
    peer: { faultyFenced: number; eslint: { parsingErrors: number } }
    incremental: { edits: number; recheckedSnippets: number }
  }
  expect(summary.sizes.map((s) => s.snippets)).toEqual([200, 400])
  for (const size of summary.sizes) expect(size.findings).toBeGreaterThan(0)
  // ESLint really lints the fenced YAML and TOML: one parsing error per faulty fence.
  expect(summary.peer.faultyFenced).toBeGreaterThan(0)
  expect(summary.peer.eslint.parsingErrors).toBe(summary.peer.faultyFenced)
  // The live check re-checks only the edited snippet.
  expect(summary.incremental.recheckedSnippets).toBeLessThanOrEqual(summary.incremental.edits)
}, 300_000)

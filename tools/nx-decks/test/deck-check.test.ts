import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const repo = resolve(import.meta.dirname, '../../..')
const scratch: string[] = []
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true })
})

/** Run a deck's `test` target command on a deck written to a scratch folder inside the repository. */
function runDeckTest(markdown: string) {
  const dir = mkdtempSync(join(repo, 'dist', 'deck-check-'))
  scratch.push(dir)
  writeFileSync(join(dir, 'slides.md'), markdown)
  const report = join(dir, 'report.json')
  const result = spawnSync('vitest', ['run', '--config', 'tools/nx-decks/deck.vitest.config.ts', '--reporter=json', `--outputFile.json=${report}`], {
    cwd: repo,
    env: { ...process.env, DECK: join(dir, 'slides.md') },
    encoding: 'utf8',
  })
  const json = JSON.parse(readFileSync(report, 'utf8')) as { testResults: { assertionResults: { title: string; status: string; failureMessages: string[] }[] }[] }
  return { code: result.status, tests: json.testResults.flatMap((file) => file.assertionResults) }
}

describe("a deck's test target", () => {
  mkdirSync(join(repo, 'dist'), { recursive: true })

  it('reports each snippet as a test case named by slide, language and file:line, and fails on errors', () => {
    const { code, tests } = runDeckTest(['# One', '', '```yaml', 'a: 1', '```', '', '---', '', '```toml', 'a = 1', 'a = 2', '```', '', '```python', 'print(1)', '```', ''].join('\n'))
    expect(code).toBe(1)
    expect(tests.map((t) => [t.title.replace(/dist\/deck-check-\w+/, 'DIR'), t.status])).toEqual([
      ['has valid directives and imports', 'passed'],
      ['slide 1 · yaml · DIR/slides.md:3', 'passed'],
      ['slide 2 · toml · DIR/slides.md:9', 'failed'],
      ['slide 2 · python · DIR/slides.md:14 (no deckcheck rules for python yet)', 'todo'],
    ])
    expect(tests[2]!.failureMessages.join('\n')).toMatch(/slides\.md:11:1 toml\/syntax: /)
  })

  it('passes declared bad examples and fails unmet expectations', () => {
    const { code, tests } = runDeckTest(['<!-- deckcheck-expect yaml/syntax -->', '```yaml', 'a: 1', 'a: 2', '```', '', '<!-- deckcheck-expect yaml/syntax -->', '```yaml', 'a: 1', '```', ''].join('\n'))
    expect(code).toBe(1)
    expect(tests.map((t) => t.status)).toEqual(['passed', 'passed', 'failed'])
    expect(tests[2]!.failureMessages.join('\n')).toContain('deckcheck/unmet-expectation')
  })
})

import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import AjvDraft04 from 'ajv-draft-04'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { run } from '../src/main.ts'
import { capture, CLEAN, DECK, workspace } from './fixtures.ts'

const require = createRequire(import.meta.url)
// A CommonJS module: its class is the `default` property of what an ES import gets.
const Ajv = AjvDraft04.default

describe('exit codes', () => {
  it('exits 1 on errors, 0 on a clean deck, and 0 on warnings alone unless --max-warnings', async () => {
    const root = workspace({ 'decks/bad/slides.md': DECK, 'decks/clean/slides.md': CLEAN, 'decks/warn/slides.md': '```yaml\nv: !weird 3\n```\n' })
    expect(await run([], capture(root))).toBe(1)
    expect(await run(['decks/clean/slides.md'], capture(root))).toBe(0)
    expect(await run(['decks/warn/slides.md'], capture(root))).toBe(0)
    const io = capture(root)
    expect(await run(['decks/warn/slides.md', '--max-warnings', '0'], io)).toBe(1)
    expect(io.err).toBe('deckcheck: 1 warnings, more than --max-warnings 0\n')
  })

  it('exits 2 with one line and no stack trace when it cannot run', async () => {
    const root = workspace({ 'decks/a/slides.md': CLEAN, 'decks/cfg/slides.md': CLEAN, 'decks/cfg/deckcheck.json': '{"rules": {"no-such-rule": "off"}}' })
    const cases: [string[], RegExp][] = [
      [['--format', 'xml'], /^deckcheck: unknown format "xml": use one of stylish, json, sarif, junit, github\n$/],
      [['--bogus'], /^deckcheck: Unknown option '--bogus'.*\(see deckcheck --help\)\n$/],
      [['missing.md'], /^deckcheck: cannot read .*missing\.md: no such file\n$/],
      [['decks'], /^deckcheck: cannot read .*decks: is a directory, not a file\n$/],
      [['nothing/**/*.md'], /^deckcheck: no files match "nothing\/\*\*\/\*\.md"\n$/],
      [['--max-warnings', 'many'], /^deckcheck: --max-warnings needs a whole number, got "many"\n$/],
      [['decks/cfg/slides.md'], /^deckcheck: .*deckcheck\.json: unknown rule "no-such-rule" \(run `deckcheck rules` for the ids and aliases\)\n$/],
      [['rules', 'nope'], /^deckcheck: no rule "nope" \(deckcheck rules lists them\)\n$/],
    ]
    for (const [args, expected] of cases) {
      const io = capture(root)
      expect(await run(args, io), args.join(' ')).toBe(2)
      expect(io.err).toMatch(expected)
      expect(io.out).toBe('')
    }
  })

  it('says so when there is no deck to check', async () => {
    const io = capture(workspace({}))
    expect(await run([], io)).toBe(2)
    expect(io.err).toMatch(/^deckcheck: no decks found under .*decks: pass files or globs, or add decks\/<name>\/slides\.md\n$/)
  })
})

describe('formats', () => {
  const root = workspace({ 'decks/talk/slides.md': DECK })
  const deck = join(root, 'decks/talk/slides.md')
  const output = async (...args: string[]) => {
    const io = capture(root)
    const code = await run(['decks/talk/slides.md', ...args], io)
    return { code, out: io.out, err: io.err }
  }

  it('json is ESLint-compatible, with declared bad examples as suppressed messages', async () => {
    const { code, out } = await output('--format', 'json')
    expect(code).toBe(1)
    const results = JSON.parse(out)
    expect(results).toHaveLength(1)
    expect(results[0]).toMatchObject({ filePath: deck, errorCount: 1, warningCount: 1, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [] })
    expect(results[0].messages).toEqual([
      { ruleId: 'yaml/syntax', severity: 2, message: expect.stringContaining('Map keys must be unique'), line: 7, column: 1, endLine: 7, endColumn: 5 },
      { ruleId: 'yaml/parser-warning', severity: 1, message: expect.any(String), line: 13, column: 10, endLine: 13, endColumn: 16 },
    ])
    expect(results[0].suppressedMessages).toEqual([
      expect.objectContaining({ ruleId: 'yaml/syntax', severity: 2, line: 19, column: 1, suppressions: [{ kind: 'directive', justification: expect.stringContaining('deckcheck-expect') }] }),
    ])
  })

  it('--quiet reports errors only', async () => {
    const results = JSON.parse((await output('--format', 'json', '--quiet')).out)
    expect(results[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['yaml/syntax'])
    expect(results[0].warningCount).toBe(0)
  })

  it('sarif is valid SARIF 2.1.0 with rules and help', async () => {
    const { out } = await output('--format', 'sarif')
    const log = JSON.parse(out)
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'))
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema)
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true)
    const run0 = log.runs[0]
    expect(run0.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining(['yaml/syntax', 'toml/syntax', 'dockerfile/syntax', 'mermaid/syntax']))
    const yamlRule = run0.tool.driver.rules.find((r: { id: string }) => r.id === 'yaml/syntax')
    expect(yamlRule.help.markdown).toContain('## Why')
    expect(run0.results[0]).toMatchObject({
      ruleId: 'yaml/syntax',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'decks/talk/slides.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 7, startColumn: 1 } } }],
    })
    expect(run0.results.filter((r: { suppressions?: unknown }) => r.suppressions)).toHaveLength(1)
  })

  it('junit has a suite per file and a failing case per finding', async () => {
    const { out } = await output('--format', 'junit')
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(out)
    const suite = xml.testsuites.testsuite
    expect(suite).toMatchObject({ name: 'decks/talk/slides.md', tests: '2', failures: '2' })
    expect(suite.testcase.map((c: { name: string }) => c.name)).toEqual(['yaml/syntax at decks/talk/slides.md:7:1', 'yaml/parser-warning at decks/talk/slides.md:13:10'])
    expect(suite.testcase[0].failure.type).toBe('Error')
  })

  it('github prints workflow annotations', async () => {
    const { out } = await output('--format', 'github')
    const lines = out.trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^::error file=decks\/talk\/slides\.md,line=7,col=1,endLine=7,endColumn=5,title=yaml\/syntax::Map keys must be unique/)
    expect(lines[1]).toMatch(/^::warning file=decks\/talk\/slides\.md,line=13,col=10,/)
  })

  it('stylish lists findings per file with a summary', async () => {
    const { out } = await output()
    expect(out).toContain('decks/talk/slides.md\n')
    expect(out).toMatch(/\n {2}7:1 +error +Map keys must be unique.* {2}yaml\/syntax\n/)
    expect(out).toContain('✖ 2 problems (1 error, 1 warning)')
    expect(out).toContain('1 declared bad example finding passed (deckcheck-expect)')
  })

  it('writes the report to --output-file', async () => {
    const { out } = await output('--format', 'json', '-o', 'report.json')
    expect(out).toBe('')
    expect(JSON.parse(readFileSync(join(root, 'report.json'), 'utf8'))[0].errorCount).toBe(1)
  })
})

describe('inputs', () => {
  it('reads a deck from stdin, resolving imports from --stdin-filename', async () => {
    const root = workspace({ 'decks/talk/snippets/bad.yaml': 'a: 1\na: 2\n' })
    const io = capture(root, '# From stdin\n\n<<< @/snippets/bad.yaml\n')
    expect(await run(['--stdin', '--stdin-filename', 'decks/talk/slides.md', '--format', 'json'], io)).toBe(1)
    const results = JSON.parse(io.out)
    expect(results.map((r: { filePath: string; errorCount: number }) => [r.filePath.slice(root.length), r.errorCount])).toEqual([
      ['/decks/talk/slides.md', 0],
      ['/decks/talk/snippets/bad.yaml', 1],
    ])
  })

  it('expands globs and de-duplicates files', async () => {
    const root = workspace({ 'decks/a/slides.md': CLEAN, 'decks/b/slides.md': CLEAN })
    const io = capture(root)
    expect(await run(['decks/*/slides.md', 'decks/a/slides.md', '--format', 'json'], io)).toBe(0)
    expect(JSON.parse(io.out).map((r: { filePath: string }) => r.filePath.slice(root.length))).toEqual(['/decks/a/slides.md', '/decks/b/slides.md'])
  })

  it('applies deckcheck.json from the root and the deck folder, nearer winning', async () => {
    const root = workspace({
      'deckcheck.json': '{"rules": {"yaml/parser-warning": "error"}}',
      'decks/a/slides.md': '```yaml\nv: !weird 3\n```\n',
      'decks/b/slides.md': '```yaml\nv: !weird 3\n```\n',
      'decks/b/deckcheck.json': '{"rules": {"yaml/parser-warning": "off"}}',
    })
    expect(await run(['decks/a/slides.md'], capture(root))).toBe(1)
    expect(await run(['decks/b/slides.md', '--max-warnings', '0'], capture(root))).toBe(0)
  })
})

describe('rules', () => {
  it('lists every rule as JSON, with the four syntax rules', async () => {
    const io = capture(workspace({}))
    expect(await run(['rules', '--format', 'json'], io)).toBe(0)
    const rules = JSON.parse(io.out)
    for (const id of ['toml/syntax', 'yaml/syntax', 'dockerfile/syntax', 'mermaid/syntax']) {
      expect(rules).toContainEqual({ id, aliases: expect.any(Array), category: 'syntax', language: id.split('/')[0], severity: 'error', description: expect.any(String) })
    }
    expect(new Set(rules.map((r: { id: string }) => r.id)).size).toBe(rules.length)
  })

  it('prints one rule\'s docs, found by id or alias', async () => {
    const io = capture(workspace({}))
    expect(await run(['rules', 'yaml-syntax'], io)).toBe(0)
    expect(io.out).toMatch(/^# yaml\/syntax\n/)
    expect(io.out).toContain('## Why')
    expect(io.out).toContain('## Bad')
    expect(io.out).toContain('## Good')
  })
})

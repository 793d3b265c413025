import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { allRules, checkDeck, defineLanguage, remarkDeckcheckExpectations, remarkDeckcheckSnippets, resolveConfig } from '../src/index.ts'
import { checkMarkdown, VIRTUAL_DECK } from '../src/testing.ts'
import { probe } from './probe.ts'

const languages = [probe]

/** `line:column ruleId` of every finding, the shape most assertions compare. */
async function findings(markdown: string) {
  const result = await checkMarkdown(markdown, languages)
  return result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)
}

describe('slides and fences', () => {
  it('places findings at the deck line and column, across headmatter and slides', async () => {
    const deck = [
      '---', // 1
      'title: Demo', // 2
      '---', // 3
      '', // 4
      '# One', // 5
      '', // 6
      '```probe', // 7
      'fine', // 8
      '  BAD', // 9
      '```', // 10
      '', // 11
      '---', // 12
      'layout: two-cols', // 13
      '---', // 14
      '', // 15
      '```probe {2|3}', // 16
      'x BAD', // 17
      '```', // 18
    ].join('\n')
    expect(await findings(deck)).toEqual(['9:3 probe/bad', '17:3 probe/bad'])
  })

  it('keeps a fence containing --- as one snippet, as Slidev does', async () => {
    const deck = ['# Stream', '', '```probe', 'a: 1', '---', 'b: BAD', '```', '', '---', '', '# Next'].join('\n')
    const result = await checkMarkdown(deck, languages)
    expect(result.snippets).toHaveLength(1)
    expect(result.snippets[0]!.value).toBe('a: 1\n---\nb: BAD')
    expect(result.messages.map((m) => `${m.line}:${m.column}`)).toEqual(['6:4'])
  })

  it('numbers slides the way @slidev/parser splits them', async () => {
    const deck = ['---', 'theme: default', '---', '# 1', '```probe', 'a', '```', '---', '', '# 2', '---', 'layout: center', '---', '```probe', 'b', '```'].join('\n')
    const result = await checkMarkdown(deck, languages)
    expect(result.snippets.filter((s) => s.lang === 'probe').map((s) => s.slide)).toEqual([1, 3])
    expect(result.snippets.filter((s) => s.origin === 'frontmatter').map((s) => [s.slide, s.value])).toEqual([
      [1, 'theme: default'],
      [3, 'layout: center'],
    ])
  })

  it('reads `---` followed directly by text as frontmatter, as Slidev does', async () => {
    // A separator must be followed by a blank line; otherwise Slidev opens frontmatter there.
    const deck = ['# 1', '---', '# 2', '---', 'text', '', '---', '```probe', 'BAD', '```'].join('\n')
    const result = await checkMarkdown(deck, languages)
    expect(result.snippets.map((s) => [s.slide, s.origin, s.value])).toEqual([
      [2, 'frontmatter', '# 2'],
      [3, 'fence', 'BAD'],
    ])
    expect(result.messages.map((m) => `${m.line}:${m.column}`)).toEqual(['9:1'])
  })

  it('numbers only the slides Slidev shows', async () => {
    const deck = ['# 1', '', '---', 'hide: true', '---', '', '```probe', 'a', '```', '', '---', '', '```probe', 'b', '```'].join('\n')
    const result = await checkMarkdown(deck, languages)
    expect(result.snippets.filter((s) => s.lang === 'probe').map((s) => [s.value, s.slide])).toEqual([
      ['a', 2],
      ['b', 2],
    ])
  })

  it('maps frontmatter lines exactly', async () => {
    const deck = ['---', 'title: x', 'BAD: 1', '---', '# Hi'].join('\n')
    const result = await checkMarkdown(deck, languages)
    const fm = result.snippets.find((s) => s.origin === 'frontmatter')!
    expect(fm.lang).toBe('yaml')
    expect(fm.kind).toBe('slidev-frontmatter')
    expect(fm.lines).toEqual([
      { line: 2, column: 1 },
      { line: 3, column: 1 },
    ])
  })

  it('takes a ```yaml block at the top of a slide as its frontmatter, as Slidev does', async () => {
    const deck = ['# One', '', '---', '', '```yaml', 'layout: center', '```', '', '# Two', '', '```yaml', 'not: frontmatter', '```'].join('\n')
    const result = await checkMarkdown(deck, languages)
    expect(result.snippets.map((s) => [s.slide, s.kind])).toEqual([
      [2, 'slidev-frontmatter'],
      [2, undefined],
    ])
  })

  it('reads fence meta without being confused by it', async () => {
    const deck = [
      '# Meta',
      '```yml{lines:true}',
      'a: 1',
      '```',
      '```toml [pyproject.toml] {1|2}',
      '[project]',
      '```',
      '```ts twoslash',
      'const a = 1',
      '```',
      '```Dockerfile {monaco}',
      'FROM python:3.12',
      '```',
      '```docker',
      'FROM python:3.12',
      '```',
    ].join('\n')
    const result = await checkMarkdown(deck, languages)
    expect(result.snippets.map((s) => [s.rawLang, s.lang, s.filename, s.kind])).toEqual([
      ['yml', 'yaml', undefined, undefined],
      ['toml', 'toml', 'pyproject.toml', 'pyproject'],
      ['ts', 'typescript', undefined, undefined],
      ['Dockerfile', 'dockerfile', undefined, 'dockerfile'],
      ['docker', 'dockerfile', undefined, 'dockerfile'],
    ])
    expect(result.snippets[0]!.meta).toBe('{lines:true}')
  })

  it('is exact with CRLF line endings, a BOM, tabs and list indentation', async () => {
    const deck = '\uFEFF# Title\r\n\r\n- item\r\n\r\n  ```probe\r\n  ok\r\n  \tBAD\r\n  ```\r\n\r\n> ```probe\r\n> BAD\r\n> ```\r\n'
    expect(await findings(deck)).toEqual(['7:4 probe/bad', '11:3 probe/bad'])
  })

  it('does not look inside a Markdown example block', async () => {
    const deck = ['````md', '```probe', 'BAD', '```', '````'].join('\n')
    const result = await checkMarkdown(deck, languages)
    expect(result.snippets.map((s) => s.lang)).toEqual(['markdown'])
    expect(result.messages).toEqual([])
  })

  it('checks every step of a magic-move block at its own lines', async () => {
    const deck = [
      '# Steps', // 1
      '', // 2
      '````md magic-move {lines: true}', // 3
      '```probe', // 4
      'step one', // 5
      '```', // 6
      '```probe', // 7
      'step BAD', // 8
      '```', // 9
      '````', // 10
    ].join('\n')
    const result = await checkMarkdown(deck, languages)
    expect(result.snippets.map((s) => [s.origin, s.value])).toEqual([
      ['magic-move', 'step one'],
      ['magic-move', 'step BAD'],
    ])
    expect(result.messages.map((m) => `${m.line}:${m.column}`)).toEqual(['8:6'])
  })

  it('ignores indented code blocks, which have no language', async () => {
    const result = await checkMarkdown('Text\n\n    BAD indented\n', languages)
    expect(result.snippets).toEqual([])
  })
})

describe('as plain remark plugins', () => {
  it('check the fences of any Markdown file in an ordinary unified pipeline', async () => {
    const processor = unified().use(remarkParse).use(remarkDeckcheckSnippets, { read: { root: '/', maxBytes: 1e6 } }).use(probe).use(remarkDeckcheckExpectations)
    const file = new VFile({ path: '/docs/readme.md', value: '# Readme\n\n```probe\nok BAD\n```\n\n<!-- deckcheck-expect probe/meh -->\n```probe\nMEH\n```\n' })
    await processor.run(processor.parse(file), file)
    expect(file.messages.map((m) => [m.line, m.column, m.ruleId, m.source, m.fatal])).toEqual([
      [4, 4, 'probe/bad', 'probe', true],
      [9, 1, 'probe/meh', 'probe', false],
    ])
    expect((file.messages[1] as unknown as { declared: boolean }).declared).toBe(true)
  })
})

describe('kind inference', () => {
  it('reads file names and roles from first-line comments, and kinds from content', async () => {
    const fence = (lang: string, body: string) => `\`\`\`${lang}\n${body}\n\`\`\`\n`
    const deck = [
      fence('toml', '# pyproject.toml\n[project]\nname = "x"'),
      fence('yaml', '# .github/workflows/test.yml\nname: CI'),
      fence('yaml', '# k8s/deployment.yaml\nkind: Deployment'),
      fence('yaml', '# docker-compose.yml\nservices: {}'),
      fence('', '# Dockerfile\nFROM python:3.12'),
      fence('text', '# requirements.txt for an application\nrequests==2.32.3'),
      fence('yaml', 'apiVersion: v1\nkind: Service'),
      fence('yaml', 'on: push\njobs: {}'),
      fence('yaml', '- uses: actions/checkout@v4\n- run: make'),
      fence('toml', '[tool.ruff]\nline-length = 100'),
      fence('toml', '# install the tools\n[tool.ruff]'),
      fence('dockerfile', '# syntax=docker/dockerfile:1\nFROM python:3.12'),
    ].join('\n')
    const result = await checkMarkdown(deck, languages)
    expect(result.snippets.map((s) => [s.lang, s.filename, s.kind, s.roles])).toEqual([
      ['toml', 'pyproject.toml', 'pyproject', []],
      ['yaml', '.github/workflows/test.yml', 'github-workflow', []],
      ['yaml', 'k8s/deployment.yaml', 'kubernetes', []],
      ['yaml', 'docker-compose.yml', 'compose', []],
      ['dockerfile', 'Dockerfile', 'dockerfile', []],
      ['requirements', 'requirements.txt', 'requirements', ['application']],
      ['yaml', undefined, 'kubernetes', []],
      ['yaml', undefined, 'github-workflow', []],
      ['yaml', undefined, 'github-steps', []],
      ['toml', undefined, 'pyproject', []],
      ['toml', undefined, 'pyproject', []],
      ['dockerfile', undefined, 'dockerfile', []],
    ])
  })

  it('takes the file name and role from a deckcheck-file directive', async () => {
    const deck = ['<!-- deckcheck-file pyproject.toml library -->', '```toml', '[project]', '```'].join('\n')
    const result = await checkMarkdown(deck, languages)
    expect(result.snippets.map((s) => [s.filename, s.kind, s.roles])).toEqual([['pyproject.toml', 'pyproject', ['library']]])
    expect(result.messages).toEqual([])
  })
})

describe('directives', () => {
  it('counts findings declared by deckcheck-expect as expected, by id or alias', async () => {
    const deck = ['<!-- deckcheck-expect probe/bad -->', '```probe', 'BAD', '```', '', '<!-- deckcheck-expect PRB001 -->', '```probe', 'BAD', '```'].join('\n')
    const result = await checkMarkdown(deck, languages)
    expect(result.messages.map((m) => [m.line, m.ruleId, m.declared])).toEqual([
      [3, 'probe/bad', true],
      [8, 'probe/bad', true],
    ])
  })

  it('reports an expectation the block does not meet, at the directive', async () => {
    const deck = ['# Slide', '', '<!-- deckcheck-expect probe/bad -->', '```probe', 'all good', '```'].join('\n')
    const result = await checkMarkdown(deck, languages)
    expect(result.messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId}`)).toEqual(['3:1-3:36 deckcheck/unmet-expectation'])
    expect(result.messages[0]!.reason).toContain('does not')
  })

  it('still fails findings of rules the expectation does not name', async () => {
    const deck = ['<!-- deckcheck-expect probe/meh -->', '```probe', 'MEH BAD', '```'].join('\n')
    const result = await checkMarkdown(deck, languages)
    expect(result.messages.map((m) => [m.ruleId, m.declared ?? false, m.fatal])).toEqual([
      ['probe/meh', true, false],
      ['probe/bad', false, true],
    ])
  })

  it('skips a block with deckcheck-skip and turns rules off with deckcheck-disable', async () => {
    const deck = ['<!-- deckcheck-skip -->', '```probe', 'BAD', '```', '<!-- deckcheck-disable PRB001 -->', '```probe', 'BAD MEH', '```'].join('\n')
    expect(await findings(deck)).toEqual(['7:5 probe/meh'])
  })

  it('accepts several directive comments on consecutive lines', async () => {
    const deck = ['<!-- deckcheck-disable probe/meh -->', '<!-- deckcheck-expect probe/bad -->', '```probe', 'BAD MEH', '```'].join('\n')
    const result = await checkMarkdown(deck, languages)
    expect(result.messages.map((m) => [m.ruleId, m.declared])).toEqual([['probe/bad', true]])
  })

  it('reports misspelled directives, unknown rules and directives with no block', async () => {
    const deck = [
      '<!-- deckcheck-skp -->', // 1
      '```probe', // 2
      'ok', // 3
      '```', // 4
      '<!-- deckcheck-expect no-such-rule -->', // 5
      '```probe', // 6
      'ok', // 7
      '```', // 8
      '<!-- deckcheck-skip -->', // 9
      '', // 10
      'Some text.', // 11
    ].join('\n')
    const result = await checkMarkdown(deck, languages)
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      '1:1 deckcheck/invalid-directive',
      '5:1 deckcheck/invalid-directive',
      '9:1 deckcheck/invalid-directive',
    ])
    expect(result.messages[0]!.reason).toContain('Unknown directive deckcheck-skp')
    expect(result.messages[1]!.reason).toContain('no-such-rule')
    expect(result.messages[2]!.reason).toContain('not followed by a code block')
  })

  it('keeps a directive before a fence out of the presenter note', async () => {
    // Slidev takes only a comment that ends the slide as its note; the directive is followed by the block.
    const deck = ['# Slide', '', '<!-- deckcheck-expect probe/bad -->', '```probe', 'BAD', '```', '', '<!-- Say: this is the bad one. -->'].join('\n')
    const result = await checkMarkdown(deck, languages)
    expect(result.messages.map((m) => [m.ruleId, m.declared])).toEqual([['probe/bad', true]])
  })
})

describe('configuration', () => {
  it('turns rules off and changes severities by id or alias', async () => {
    const config = resolveConfig(allRules(languages), [{ path: 'deckcheck.json', config: { rules: { PRB001: 'warn', 'probe/meh': 'off' } } }])
    const result = await checkMarkdown('```probe\nBAD MEH\n```', languages, { config })
    expect(result.messages.map((m) => [m.ruleId, m.severity, m.fatal])).toEqual([['probe/bad', 'warn', false]])
  })

  it('raises every rule to error in the strict preset', async () => {
    const config = resolveConfig(allRules(languages), [{ path: 'deckcheck.json', config: { preset: 'strict' } }])
    const result = await checkMarkdown('```probe\nMEH\n```', languages, { config })
    expect(result.messages.map((m) => [m.ruleId, m.severity])).toEqual([['probe/meh', 'error']])
  })

  it('rejects unknown rules and severities with a one-line reason', () => {
    expect(() => resolveConfig(allRules(languages), [{ path: 'x.json', config: { rules: { nope: 'off' } } }])).toThrow('x.json: unknown rule "nope"')
    expect(() => resolveConfig(allRules(languages), [{ path: 'x.json', config: { rules: { PRB001: 'loud' as never } } }])).toThrow('severity must be')
  })
})

describe('imports', () => {
  function workspace(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'deckcheck-'))
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true })
      writeFileSync(join(root, path), text)
    }
    return root
  }
  const check = (root: string, deck = 'decks/talk/slides.md') => checkDeck(join(root, deck), { root, languages, config: resolveConfig(allRules(languages), []) })

  it('checks <<< snippet imports and places findings in the imported file', async () => {
    const root = workspace({
      'decks/talk/slides.md': ['# Imports', '', '<<< @/snippets/a.probe', '', '<<< ./b.txt probe {2|3}', '', '<<< @/snippets/region.probe#core'].join('\n'),
      'decks/talk/snippets/a.probe': 'line one\nline BAD\n',
      'decks/talk/b.txt': 'BAD\n',
      'decks/talk/snippets/region.probe': 'BAD outside\n# #region core\ninside BAD\n# #endregion core\n',
    })
    const result = await check(root)
    expect(result.snippets.map((s) => [s.origin, s.lang, s.meta])).toEqual([
      ['import', 'probe', ''],
      ['import', 'probe', '{2|3}'],
      ['import', 'probe', ''],
    ])
    expect(result.messages.map((m) => `${m.file!.slice(root.length)}:${m.line}:${m.column}`)).toEqual([
      '/decks/talk/b.txt:1:1',
      '/decks/talk/snippets/a.probe:2:6',
      '/decks/talk/snippets/region.probe:3:8',
    ])
    expect(result.files.map((f) => f.slice(root.length)).sort()).toEqual(['/decks/talk/b.txt', '/decks/talk/slides.md', '/decks/talk/snippets/a.probe', '/decks/talk/snippets/region.probe'])
  })

  it('reports a missing import, a directory and an escape from the workspace at the <<< line', async () => {
    const root = workspace({
      'decks/talk/slides.md': ['<<< @/snippets/missing.toml', '', '<<< @/snippets', '', '<<< ../../../outside.toml'].join('\n'),
      'decks/talk/snippets/x.toml': '',
    })
    writeFileSync(join(root, '..', 'outside.toml'), 'a = 1\n')
    const result = await check(root)
    expect(result.messages.map((m) => `${m.line}:${m.column}-${m.endColumn} ${m.ruleId}`)).toEqual([
      '1:5-28 deckcheck/import',
      '3:5-15 deckcheck/import',
      '5:5-26 deckcheck/import',
    ])
    expect(result.messages.map((m) => m.reason)).toEqual([
      expect.stringContaining('no such file'),
      expect.stringContaining('is a directory'),
      expect.stringContaining('outside the workspace root'),
    ])
  })

  it('follows src: slide imports and reports cycles and missing files at the src line', async () => {
    const root = workspace({
      'decks/talk/slides.md': ['---', 'title: Talk', '---', '# Start', '', '---', 'src: ./pages/part.md', '---', '', '---', 'src: /pages/missing.md', '---', ''].join('\n'),
      'decks/talk/pages/part.md': ['# Part', '', '```probe', 'BAD', '```', '', '---', 'src: ../slides.md', '---', ''].join('\n'),
    })
    const result = await check(root)
    expect(result.messages.map((m) => `${m.file!.slice(root.length)}:${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      '/decks/talk/pages/part.md:4:1 probe/bad',
      '/decks/talk/pages/part.md:8:6 deckcheck/import',
      '/decks/talk/slides.md:11:6 deckcheck/import',
    ])
    expect(result.messages[1]!.reason).toContain('Circular')
    expect(result.snippets.find((s) => s.lang === 'probe')!.slide).toBe(2)
  })

  it('reports slide ranges of src: imports that Slidev would silently drop', async () => {
    const root = workspace({
      'decks/talk/slides.md': ['# Start', '', '---', 'src: ./part.md#2-3', '---', '', '---', 'src: ./part.md#9', '---', '', '---', 'src: ./part.md#two', '---', ''].join('\n'),
      'decks/talk/part.md': ['# A', '', '---', '', '# B', '', '---', '', '```probe', 'BAD', '```', ''].join('\n'),
    })
    const result = await check(root)
    expect(result.messages.map((m) => `${m.file!.slice(root.length)}:${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      '/decks/talk/part.md:10:1 probe/bad',
      '/decks/talk/slides.md:8:6 deckcheck/import',
      '/decks/talk/slides.md:12:6 deckcheck/import',
    ])
    expect(result.messages[1]!.reason).toBe('#9 asks for slide 9, but part.md has 3 slides (numbered from 1): Slidev would silently leave it out.')
    expect(result.messages[2]!.reason).toContain('#two is not a slide range')
    expect(result.snippets.filter((s) => s.lang === 'probe').map((s) => s.slide)).toEqual([3])
  })

  it('refuses a symlink that leads out of the workspace or loops', async () => {
    const root = workspace({ 'decks/talk/slides.md': '<<< @/link.probe\n\n<<< @/loop.probe\n' })
    writeFileSync(join(root, '..', 'secret.probe'), 'BAD\n')
    symlinkSync(join(root, '..', 'secret.probe'), join(root, 'decks/talk/link.probe'))
    symlinkSync(join(root, 'decks/talk/loop.probe'), join(root, 'decks/talk/loop.probe'))
    const result = await check(root)
    expect(result.messages.map((m) => [m.line, m.ruleId])).toEqual([
      [1, 'deckcheck/import'],
      [3, 'deckcheck/import'],
    ])
    expect(result.messages[1]!.reason).toContain('symbolic link loop')
  })
})

describe('snippet cache', () => {
  it('checks an unchanged snippet once across runs, and still places its findings where it now is', async () => {
    let checks = 0
    const counting = defineLanguage({
      language: 'probe',
      source: 'probe',
      rules: [{ ...probe.definition.rules[0]!, check: (context) => { checks++; return probe.definition.rules[0]!.check(context) } }],
      parse: () => null,
    })
    const cache = new Map()
    const config = resolveConfig(allRules([counting]), [])
    const run = (markdown: string) => checkDeck(VIRTUAL_DECK, { root: '/', languages: [counting], config, cache }, markdown)
    const first = await run('```probe\nBAD\n```\n\n```probe\nfine\n```\n')
    expect(first.messages.map((m) => m.line)).toEqual([2])
    expect(checks).toBe(2)
    const second = await run('# A new title\n\n```probe\nBAD\n```\n\n```probe\nfine, edited\n```\n')
    expect(second.messages.map((m) => `${m.line}:${m.column}`)).toEqual(['4:1'])
    expect(checks).toBe(3)
  })
})

/**
 * The catalogue of hostile inputs (listed with their outcomes in README.md): each must end in a
 * clear, positioned finding or a clean pass, quickly, never a hang, a crash or a stack trace.
 */
import { spawnSync } from 'node:child_process'
import { mkfifoSync } from './fifo.ts'
import { readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { check, summary, workspace } from './workspace.ts'

const bin = resolve(import.meta.dirname, '../../packages/cli/bin/deckcheck.js')
const fence = (lang: string, body: string) => `\`\`\`${lang}\n${body}\n\`\`\`\n`
const deck = (body: string) => ({ 'decks/talk/slides.md': `# Hostile\n\n${body}` })

describe('hostile snippets', () => {
  it('YAML alias bomb ("billion laughs") is bounded', async () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let i = 0; i < 9; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`)
    const result = await check(workspace(deck(fence('yaml', `# k8s/bomb.yaml\n${lines.join('\n')}`))))
    expect(summary(result).filter((s) => s.includes('deckcheck/rule-error'))).toEqual([])
  })

  it.each([
    ['yaml', `key: ${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['toml', `a = ${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['dockerfile', `FROM python:3.13-slim\nCMD ${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['mermaid', `flowchart TD\n  A[${'('.repeat(100_000)}]`],
  ])('100,000-deep nesting in %s is a limit finding on the fence', async (lang, body) => {
    const result = await check(workspace(deck(fence(lang, body))))
    expect(summary(result)).toEqual(['3:1 deckcheck/limit'])
    expect(result.messages[0]!.reason).toMatch(/nests brackets 10000[0-9] deep/)
  })

  it('a 20 MB snippet in a deck over the file limit is one finding on the file', async () => {
    const result = await check(workspace(deck(fence('yaml', `k: ${'x'.repeat(20 * 1024 * 1024)}`))))
    expect(summary(result)).toEqual(['1:1 deckcheck/limit'])
    expect(result.messages[0]!.reason).toMatch(/over the limit of 10485760 \(limits\.maxFileBytes/)
  })

  it('a 2 MB snippet is over the snippet limit and not checked', async () => {
    const result = await check(workspace(deck(fence('yaml', `k: ${'x'.repeat(2 * 1024 * 1024)}`))))
    expect(summary(result)).toEqual(['3:1 deckcheck/limit'])
  })

  it('a 100,000-line deck is read and checked', async () => {
    const slides = Array.from({ length: 10_000 }, (_, i) => `# Slide ${i}\n\n${fence('yaml', `n: ${i}\nlist: [1, 2]`)}`).join('\n---\n\n')
    const result = await check(workspace(deck(slides)))
    expect(result.snippets).toHaveLength(10_000)
    expect(result.messages).toEqual([])
  }, 60_000)

  it('invalid UTF-8 and NUL bytes are reported where they start', async () => {
    const root = workspace({
      'decks/talk/slides.md': Buffer.concat([Buffer.from('# Bytes\n\nok\nbad '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]),
      'decks/nul/slides.md': '# NUL\n\nabc\u0000def\n',
    })
    expect(summary(await check(root))).toEqual(['4:5 deckcheck/encoding'])
    expect(summary(await check(root, 'decks/nul/slides.md'))).toEqual(['3:4 deckcheck/encoding'])
  })

  it('an unterminated fence runs to the end of its slide, as Slidev reads it', async () => {
    const result = await check(workspace(deck('```yaml\na: 1\na: 2\n\n---\n\n# Next\n')))
    expect(summary(result)).toEqual(['5:1 yaml/syntax'])
  })

  it('a fence of 1,000 backticks is one snippet', async () => {
    const ticks = '`'.repeat(1000)
    const result = await check(workspace(deck(`${ticks}toml\na = 1\na = 2\n${ticks}\n`)))
    expect(result.snippets.map((s) => s.lang)).toEqual(['toml'])
    expect(summary(result)).toEqual(['5:1 toml/syntax'])
  })

  it.each([
    ['outside the workspace', '<<< ../../../outside.yaml', /outside the workspace root/],
    ['a directory', '<<< @/snippets', /is a directory/],
    ['a missing file', '<<< @/snippets/missing.yaml', /no such file/],
    ['a symlink loop', '<<< @/loop.yaml', /symbolic link loop/],
    ['a FIFO', '<<< @/fifo.yaml', /not a regular file/],
  ])('a <<< import of %s is an import finding at the <<< line', async (_, line, reason) => {
    const root = workspace({ ...deck(`${line}\n`), 'decks/talk/snippets/x.yaml': 'a: 1\n', 'outside.yaml': 'a: 1\n' })
    symlinkSync(join(root, 'decks/talk/loop.yaml'), join(root, 'decks/talk/loop.yaml'))
    mkfifoSync(join(root, 'decks/talk/fifo.yaml'))
    const result = await check(root)
    expect(summary(result)).toEqual(['3:5 deckcheck/import'])
    expect(result.messages[0]!.reason).toMatch(reason)
  })

  it('a src: import cycle is reported once, where it closes', async () => {
    const root = workspace({
      'decks/talk/slides.md': '# A\n\n---\nsrc: ./b.md\n---\n',
      'decks/talk/b.md': '# B\n\n---\nsrc: ./c.md\n---\n',
      'decks/talk/c.md': '# C\n\n---\nsrc: ./slides.md\n---\n',
    })
    const result = await check(root)
    expect(result.messages.map((m) => `${m.file!.slice(root.length)}:${m.line} ${m.ruleId}`)).toEqual(['/decks/talk/c.md:4 deckcheck/import'])
  })
})

describe('adversarial strings against the regular expressions', () => {
  // Each string targets a pattern deckcheck applies to text it does not control; a backtracking
  // regex would take minutes on these, so the time bound of the test is the assertion.
  it.each([
    ['first-line comment', `# ${'a'.repeat(50_000)}.${'b'.repeat(50_000)}`],
    ['fence info', `${'`'.repeat(3)}yaml ${'['.repeat(50_000)}${'{'.repeat(50_000)}\na: 1\n${'`'.repeat(3)}`],
    ['directive', `<!-- deckcheck-expect ${'a,'.repeat(50_000)} -->\n${fence('yaml', 'a: 1')}`],
    ['snippet import', `<<< ${'@/'.repeat(50_000)}x.yaml ${'{'.repeat(50_000)}`],
    ['src frontmatter', `---\nsrc: ${'./'.repeat(50_000)}#${'1-'.repeat(50_000)}\n---\n`],
    ['kind sniffing', fence('yaml', `${'apiVersion: v1\n'.repeat(20_000)}kind${' '.repeat(50_000)}`)],
  ])('%s', async (_, body) => {
    const started = performance.now()
    await check(workspace(deck(body)))
    expect(performance.now() - started).toBeLessThan(5_000)
  })
})

describe('the command', () => {
  it('never writes to decks or snippet files', async () => {
    const root = workspace({ ...deck(`${fence('yaml', 'a: 1\na: 2')}\n<<< @/snippets/x.toml\n`), 'decks/talk/snippets/x.toml': 'a = 1\na = 2\n' })
    const files = ['decks/talk/slides.md', 'decks/talk/snippets/x.toml'].map((f) => join(root, f))
    const before = files.map((f) => [readFileSync(f, 'utf8'), statSync(f).mtimeMs])
    const result = spawnSync(process.execPath, [bin, '--format', 'json'], { cwd: root, encoding: 'utf8' })
    expect(result.status).toBe(1)
    expect(files.map((f) => [readFileSync(f, 'utf8'), statSync(f).mtimeMs])).toEqual(before)
  })

  it('is deterministic: the same output twice', () => {
    const root = workspace({ ...deck(`${fence('yaml', 'a: 1\na: 2')}\n${fence('toml', 'x = [1,')}\n${fence('mermaid', 'flowchat TD')}`) })
    const run = () => spawnSync(process.execPath, [bin, '--format', 'json'], { cwd: root, encoding: 'utf8' }).stdout
    expect(run()).toBe(run())
  })
})

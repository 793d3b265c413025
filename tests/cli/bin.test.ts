import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const bin = join(repo, 'packages/cli/bin/deckcheck.js')

/** Run the real command in a child process, as a user's shell would. */
function deckcheck(args: string[], options: { cwd?: string; node?: string; input?: string } = {}) {
  const result = spawnSync(options.node ?? process.execPath, [bin, ...args], { cwd: options.cwd ?? repo, input: options.input, encoding: 'utf8' })
  return { code: result.status, out: result.stdout, err: result.stderr }
}

/** A Node older than 22.12 on this machine (the system's Node 20), if there is one. */
function oldNode(): string | undefined {
  for (const candidate of ['/usr/local/bin/node', '/usr/bin/node']) {
    try {
      const version = execFileSync(candidate, ['--version'], { encoding: 'utf8' }).trim()
      const [major, minor] = version.slice(1).split('.').map(Number) as [number, number]
      if (major < 22 || (major === 22 && minor < 12)) return candidate
    } catch {
      // not installed here
    }
  }
  return undefined
}

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'deckcheck-e2e-'))
  writeFileSync(join(dir, 'nx.json'), '{}')
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

describe('the deckcheck command', () => {
  it('prints its version', () => {
    const { code, out } = deckcheck(['--version'])
    expect(code).toBe(0)
    expect(out).toMatch(/^\d+\.\d+\.\d+\n$/)
  })

  it('runs as `npx deckcheck` from the repository root and lists the syntax rules', () => {
    const out = execFileSync('npx', ['deckcheck', 'rules', '--format', 'json'], { cwd: repo, encoding: 'utf8' })
    const rules = JSON.parse(out) as { id: string; category: string }[]
    expect(rules.filter((r) => r.category === 'syntax').map((r) => r.id)).toEqual(expect.arrayContaining(['toml/syntax', 'yaml/syntax', 'dockerfile/syntax', 'mermaid/syntax']))
  })

  it('fails a deck with a broken snippet, naming file, line and rule', () => {
    const dir = scratch({ 'slides.md': '# Broken\n\n```toml\n[project]\nname = "demo"\nname = "again"\n```\n' })
    const { code, out, err } = deckcheck(['slides.md'], { cwd: dir })
    expect(err).toBe('')
    expect(code).toBe(1)
    expect(out).toMatch(/slides\.md\n {2}6:1 +error +.+ +toml\/syntax\n/)
  })

  it('exits 2 with one line and no stack trace on a path it cannot read', () => {
    const { code, out, err } = deckcheck(['/nonexistent/deck.md'])
    expect(code).toBe(2)
    expect(out).toBe('')
    expect(err).toBe('deckcheck: cannot read /nonexistent/deck.md: no such file\n')
  })

  it('checks a deck piped on standard input', () => {
    const { code, out } = deckcheck(['--stdin', '--stdin-filename', 'talk.md', '--format', 'json'], { input: '```yaml\na: [1, 2\n```\n', cwd: scratch({}) })
    expect(code).toBe(1)
    expect(JSON.parse(out)[0].messages[0]).toMatchObject({ ruleId: 'yaml/syntax', line: 2 })
  })

  const old = oldNode()
  it.runIf(old)('tells a user on an old Node which Node it needs, in one line', () => {
    const { code, out, err } = deckcheck(['--version'], { node: old })
    expect(code).toBe(2)
    expect(out).toBe('')
    expect(err).toMatch(/^deckcheck: needs Node >= 22\.12 \(this is 2\d\.\d+\.\d+\); run it through npx or npm scripts.*\n$/)
  })
})

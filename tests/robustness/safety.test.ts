/**
 * Snippets are data: the check path never runs, evaluates or sends what it reads. Three views:
 * deckcheck's own source, every Node built-in the check actually loads, and a run with no network.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const repo = resolve(import.meta.dirname, '../..')
const bin = join(repo, 'packages/cli/bin/deckcheck.js')
const FORBIDDEN = ['child_process', 'vm', 'cluster', 'net', 'http', 'https', 'http2', 'tls', 'dgram', 'dns', 'inspector']

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'test' ? [] : sources(path)
    return /\.(ts|js)$/.test(entry.name) ? [path] : []
  })
}

/** The packages on the check path: everything under packages/ but the Slidev addon (dev server only). */
const checkPath = readdirSync(join(repo, 'packages'))
  .filter((name) => name !== 'slidev-addon')
  .flatMap((name) => sources(join(repo, 'packages', name)))

describe('the check path', () => {
  it('has source files to inspect', () => {
    expect(checkPath.length).toBeGreaterThan(20)
  })

  it.each(checkPath.map((file) => [file.slice(repo.length + 1), file]))('%s runs and fetches nothing', (_, file) => {
    const code = readFileSync(file, 'utf8')
    const imports = [...code.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](?:node:)?([\w/]+)['"]/g)].map((m) => m[1]!.split('/')[0]!)
    expect(imports.filter((name) => FORBIDDEN.includes(name))).toEqual([])
    expect(code).not.toMatch(/\beval\s*\(|new\s+Function\s*\(|\bfetch\s*\(|XMLHttpRequest|WebSocket/)
  })

  it('loads no process, script-evaluation or network module while checking every deck', () => {
    const log = join(tmpdir(), `deckcheck-builtins-${process.pid}.txt`)
    const hook = join(tmpdir(), `deckcheck-hook-${process.pid}.mjs`)
    writeFileSync(log, '')
    writeFileSync(
      hook,
      `import { registerHooks } from 'node:module'\nimport { appendFileSync } from 'node:fs'\nregisterHooks({ resolve(specifier, context, next) { const result = next(specifier, context); if (result.url.startsWith('node:')) appendFileSync(${JSON.stringify(log)}, result.url + ' ' + context.parentURL + '\\n'); return result } })\n`,
    )
    const run = spawnSync(process.execPath, ['--import', hook, bin, '--format', 'json'], { cwd: repo, encoding: 'utf8' })
    expect(run.stderr).toBe('')
    const loaded = readFileSync(log, 'utf8').trim().split('\n').filter(Boolean)
    expect(loaded.length).toBeGreaterThan(0)
    expect(loaded.filter((line) => FORBIDDEN.includes(line.split(' ')[0]!.slice('node:'.length).split('/')[0]!))).toEqual([])
  })
})

const canIsolate = (() => {
  try {
    execFileSync('unshare', ['--net', 'true'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

describe('without a network', () => {
  it.runIf(canIsolate)('gives exactly the same results as with one', () => {
    const args = [bin, '--format', 'json']
    const open = spawnSync(process.execPath, args, { cwd: repo, encoding: 'utf8' })
    const closed = spawnSync('unshare', ['--net', process.execPath, ...args], { cwd: repo, encoding: 'utf8' })
    expect(closed.stderr).toBe('')
    expect(closed.status).toBe(open.status)
    expect(JSON.parse(closed.stdout)).toEqual(JSON.parse(open.stdout))
  })
})

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Io } from '../src/main.ts'

/** A throw-away workspace (nx.json marks its root) holding the given files. */
export function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'deckcheck-cli-'))
  writeFileSync(join(root, 'nx.json'), '{}')
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

/** An Io that records what the CLI prints. */
export function capture(cwd: string, stdin = ''): Io & { out: string; err: string } {
  const io = {
    cwd,
    out: '',
    err: '',
    isTTY: false,
    stdout: (text: string) => {
      io.out += text
    },
    stderr: (text: string) => {
      io.err += text
    },
    stdin: async () => stdin,
  }
  return io
}

/** A deck with one YAML error (line 7), one YAML warning (line 12), and one declared bad example. */
export const DECK = [
  '---', // 1
  'title: Fixture', // 2
  '---', // 3
  '', // 4
  '```yaml', // 5
  'name: a', // 6
  'name: b', // 7
  '```', // 8
  '', // 9
  '---', // 10
  '', // 11
  '```yaml', // 12
  'version: !weird 3', // 13
  '```', // 14
  '', // 15
  '<!-- deckcheck-expect yaml/syntax -->', // 16
  '```yaml', // 17
  'a: 1', // 18
  'a: 2', // 19
  '```', // 20
  '', // 21
].join('\n')

export const CLEAN = ['# Clean', '', '```yaml', 'name: ok', '```', ''].join('\n')

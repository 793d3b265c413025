import { EventEmitter } from 'node:events'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ViteDevServer } from 'vite'
import { describe, expect, it } from 'vitest'
import { deckcheckLive } from '../src/vite-plugin.ts'

/** Just enough of a Vite dev server: a file watcher and the HMR channel, recorded. */
function fakeServer() {
  const watcher = Object.assign(new EventEmitter(), { added: [] as string[], add(file: string) { watcher.added.push(file) } })
  const sent: { type: string; err?: { message: string; loc?: unknown; frame?: string } }[] = []
  const server = { watcher, ws: { send: (payload: (typeof sent)[number]) => sent.push(payload) }, config: { logger: { info: () => {} } } }
  return { server: server as unknown as ViteDevServer, watcher, sent }
}

function deck(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'deckcheck-live-'))
  writeFileSync(join(root, 'nx.json'), '{}')
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

describe('deckcheckLive', () => {
  it('checks on start and on every save, in the terminal and the overlay', async () => {
    const root = deck({ 'decks/talk/slides.md': '# Talk\n\n```yaml\na: 1\na: 2\n```\n' })
    const entry = join(root, 'decks/talk/slides.md')
    const logs: string[] = []
    const plugin = deckcheckLive({ entry, log: (text) => logs.push(text) })
    const { server, watcher, sent } = fakeServer()
    ;(plugin.configureServer as (s: ViteDevServer) => void)(server)
    const settled = () => (plugin.api as { settled(): Promise<void> }).settled()
    await settled()
    expect(logs[0]).toContain('decks/talk/slides.md')
    expect(logs[0]).toContain('yaml/syntax')
    expect(sent).toHaveLength(1)
    expect(sent[0]!.err!.loc).toEqual({ file: entry, line: 5, column: 1 })
    expect(sent[0]!.err!.frame).toBe('5 | a: 2\n  | ^')
    expect(watcher.added).toContain(entry)

    writeFileSync(entry, '# Talk\n\n```yaml\na: 1\nb: 2\n```\n')
    watcher.emit('change', entry)
    await settled()
    expect(logs[1]).toMatch(/^deckcheck: no problems \(1 snippets, \d+ ms\)$/)
    expect(sent).toHaveLength(1)
  })

  it('re-checks when an imported snippet changes, and ignores other files', async () => {
    const root = deck({ 'decks/talk/slides.md': '<<< @/snippets/app.yaml\n', 'decks/talk/snippets/app.yaml': 'a: 1\n', 'decks/talk/notes.txt': '' })
    const logs: string[] = []
    const plugin = deckcheckLive({ entry: join(root, 'decks/talk/slides.md'), log: (text) => logs.push(text) })
    const { server, watcher, sent } = fakeServer()
    ;(plugin.configureServer as (s: ViteDevServer) => void)(server)
    const settled = () => (plugin.api as { settled(): Promise<void> }).settled()
    await settled()
    expect(sent).toEqual([])
    watcher.emit('change', join(root, 'decks/talk/notes.txt'))
    await settled()
    expect(logs).toHaveLength(1)
    writeFileSync(join(root, 'decks/talk/snippets/app.yaml'), 'a: [1\n')
    watcher.emit('change', join(root, 'decks/talk/snippets/app.yaml'))
    await settled()
    expect(logs).toHaveLength(2)
    expect(sent[0]!.err!.loc).toMatchObject({ file: join(root, 'decks/talk/snippets/app.yaml') })
  })
})

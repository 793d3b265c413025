import { readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { checkDeck, type DeckResult, type SnippetCache } from '@deckcheck/core'
import { FORMATTERS, LANGUAGES, toFileResults, version, workspaceRoot } from 'deckcheck'
import type { Plugin, ViteDevServer } from 'vite'

export interface LiveCheckOptions {
  /** The deck's entry Markdown file (Slidev's `options.entry`). */
  entry: string
  /** Workspace root; found from the deck when absent. */
  root?: string
  /** Where the report goes; the dev server's logger by default (Slidev shows `warn` and up). */
  log?: (text: string, level: 'info' | 'warn' | 'error') => void
}

/**
 * deckcheck while presenting or editing: on start and on every save of the deck, an imported
 * slide file or an imported snippet, check the deck again (unchanged snippets come from the
 * cache), print the findings in the terminal and show the errors in Vite's error overlay.
 */
export function deckcheckLive(options: LiveCheckOptions): Plugin {
  const entry = resolve(options.entry)
  const root = options.root ?? workspaceRoot(entry)
  const cache: SnippetCache = new Map()
  let watched = new Set<string>([entry])
  let running: Promise<void> | undefined
  let again = false
  let checks = 0

  async function check(server: ViteDevServer): Promise<void> {
    const log = options.log ?? ((text: string, level: 'info' | 'warn' | 'error') => server.config.logger[level](text, { timestamp: true }))
    const started = performance.now()
    let result: DeckResult
    try {
      result = await checkDeck(entry, { root, languages: LANGUAGES, cache })
    } catch (error) {
      log(`deckcheck: cannot check ${relative(root, entry)}: ${(error as Error).message}`, 'error')
      return
    }
    const took = Math.round(performance.now() - started)
    watched = new Set(result.files)
    for (const file of result.files) server.watcher.add(file)
    const files = toFileResults(result, { quiet: false })
    const errors = files.reduce((sum, f) => sum + f.errorCount, 0)
    const warnings = files.reduce((sum, f) => sum + f.warningCount, 0)
    const report = FORMATTERS.stylish!(files, { cwd: root, rules: [], version: version(), color: true }).trim()
    checks++
    if (errors + warnings > 0) log(`deckcheck (${took} ms):\n${report}`, errors > 0 ? 'error' : 'warn')
    // The first clean check is said at `warn`, so that the default log level shows the addon is on.
    else log(`deckcheck: no problems (${result.snippets.length} snippets, ${took} ms)`, checks === 1 ? 'warn' : 'info')
    const first = files.flatMap((f) => f.messages.filter((m) => m.severity === 2).map((m) => ({ file: f.filePath, m })))[0]
    if (!first) return
    server.ws.send({
      type: 'error',
      err: {
        plugin: 'deckcheck',
        message: `deckcheck: ${errors} error${errors === 1 ? '' : 's'} in this deck's snippets\n\n${FORMATTERS.stylish!(files, { cwd: root, rules: [], version: version(), color: false }).trim()}`,
        stack: '',
        id: first.file,
        loc: { file: first.file, line: first.m.line, column: first.m.column },
        frame: frame(first.file, first.m.line, first.m.column),
      },
    })
  }

  /** One check at a time; saves during a check lead to exactly one more. */
  function schedule(server: ViteDevServer): void {
    if (running) {
      again = true
      return
    }
    running = check(server).finally(() => {
      running = undefined
      if (again) {
        again = false
        schedule(server)
      }
    })
  }

  return {
    name: 'deckcheck',
    apply: 'serve',
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (watched.has(resolve(file))) schedule(server)
      })
      schedule(server)
    },
    /** For tests: resolves when the current check (if any) is done. */
    api: { settled: () => running ?? Promise.resolve() },
  }
}

/** The finding's line with a caret under its column, as Vite's overlay shows code frames. */
function frame(file: string, line: number, column: number): string {
  let text: string
  try {
    text = readFileSync(file, 'utf8').split(/\r?\n/)[line - 1] ?? ''
  } catch {
    return ''
  }
  return `${line} | ${text}\n${' '.repeat(String(line).length)} | ${' '.repeat(Math.max(0, column - 1))}^`
}

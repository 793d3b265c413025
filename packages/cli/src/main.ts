import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { allRules, checkDeck, ConfigError, findRule, ReadError, type RuleMeta } from '@deckcheck/core'
import { glob, isDynamicPattern } from 'tinyglobby'
import { FORMATTERS } from './formatters/index.ts'
import { checkInThreads, threadCount } from './parallel.ts'
import { type FileResult, toFileResults } from './results.ts'
import { ruleDocs, ruleTable } from './rules.ts'

const USAGE = `Usage: deckcheck [options] [file|glob ...]     check Slidev decks (default: decks/**/slides.md)
       deckcheck rules [id|alias] [--format json]  list the rules, or show one rule's docs

Options:
  -f, --format NAME       stylish (default), json, sarif, junit, github
  -o, --output-file PATH  write the report to a file instead of standard output
      --max-warnings N    exit 1 when there are more than N warnings
      --quiet             report errors only
      --stdin             read one deck from standard input
      --stdin-filename F  the path that deck stands for (imports resolve from it)
  -v, --version           print the version
  -h, --help              print this help

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 deckcheck could not run.`

/** A reason to stop with exit code 2, printed as one line. */
class UsageError extends Error {}

export interface Io {
  cwd: string
  stdout(text: string): void
  stderr(text: string): void
  stdin(): Promise<string>
  isTTY: boolean
}

const processIo: Io = {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: async () => {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  },
  isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
}

export function version(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version
}

/** Run the CLI; resolves to the exit code. Never throws: every failure becomes one line and exit 2. */
export async function run(argv: string[], io: Io = processIo): Promise<number> {
  try {
    return await main(argv, io)
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof ReadError) {
      const where = error instanceof ReadError ? `cannot read ${error.path}: ` : ''
      io.stderr(`deckcheck: ${where}${error.message}\n`)
    } else {
      io.stderr(`deckcheck: internal error: ${error instanceof Error ? error.message : String(error)} (set DECKCHECK_DEBUG=1 for details)\n`)
      if (process.env.DECKCHECK_DEBUG) io.stderr(`${(error as Error).stack}\n`)
    }
    return 2
  }
}

async function main(argv: string[], io: Io): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        'output-file': { type: 'string', short: 'o' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        stdin: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
        version: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (error) {
    throw new UsageError(`${(error as Error).message} (see deckcheck --help)`)
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout(`${USAGE}\n`)
    return 0
  }
  if (values.version) {
    io.stdout(`${version()}\n`)
    return 0
  }
  // Loaded only now: --help and --version need none of the parsers.
  const { LANGUAGES } = await import('./languages.ts')
  const rules = allRules(LANGUAGES)
  if (positionals[0] === 'rules') return listRules(positionals.slice(1), values.format, rules, io)

  const formatter = FORMATTERS[values.format]
  if (!formatter) throw new UsageError(`unknown format "${values.format}": use one of ${Object.keys(FORMATTERS).join(', ')}`)
  const maxWarnings = values['max-warnings'] === undefined ? -1 : Number(values['max-warnings'])
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings needs a whole number, got "${values['max-warnings']}"`)

  const root = workspaceRoot(io.cwd)
  const options = { root, languages: LANGUAGES }
  const results: FileResult[] = []
  if (values.stdin) {
    if (positionals.length > 0) throw new UsageError('--stdin reads one deck from standard input: give no files as well')
    const path = resolve(io.cwd, values['stdin-filename'] ?? 'stdin.md')
    results.push(...toFileResults(await checkDeck(path, options, await io.stdin()), { quiet: values.quiet }))
  } else {
    const decks = await deckFiles(positionals, io.cwd, root)
    const threads = threadCount(decks.length)
    // Many decks, DECKCHECK_THREADS set: spread them over worker threads (parallel.ts).
    const done = threads > 1 ? await checkInThreads(decks, { root, quiet: values.quiet }, threads) : []
    for (const [index, deck] of decks.entries()) {
      results.push(...(done[index] ?? toFileResults(await checkDeck(deck, options), { quiet: values.quiet })))
    }
  }

  const report = formatter(results, { cwd: io.cwd, rules, version: version(), color: io.isTTY && values.format === 'stylish' && !values['output-file'] })
  if (values['output-file']) writeFileSync(resolve(io.cwd, values['output-file']), report)
  else io.stdout(report)

  const errors = results.reduce((sum, r) => sum + r.errorCount, 0)
  const warnings = results.reduce((sum, r) => sum + r.warningCount, 0)
  if (errors > 0) return 1
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`deckcheck: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`)
    return 1
  }
  return 0
}

/** The nearest folder up from `cwd` that holds nx.json or .git; `cwd` itself when there is none. */
export function workspaceRoot(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json')) || existsSync(join(dir, '.git'))) return dir
    if (dirname(dir) === dir) return resolve(cwd)
  }
}

async function deckFiles(patterns: string[], cwd: string, root: string): Promise<string[]> {
  if (patterns.length === 0) {
    const decks = await glob('decks/**/slides.md', { cwd: root, absolute: true, ignore: ['**/node_modules/**'] })
    if (decks.length === 0) throw new UsageError(`no decks found under ${join(root, 'decks')}: pass files or globs, or add decks/<name>/slides.md`)
    return decks.sort()
  }
  const files: string[] = []
  for (const pattern of patterns) {
    if (!isDynamicPattern(pattern)) {
      files.push(resolve(cwd, pattern))
      continue
    }
    const matched = await glob(pattern, { cwd, absolute: true, ignore: ['**/node_modules/**'] })
    if (matched.length === 0) throw new UsageError(`no files match "${pattern}"`)
    files.push(...matched.sort())
  }
  return [...new Set(files)]
}

function listRules(args: string[], format: string, rules: readonly RuleMeta[], io: Io): number {
  if (args.length > 1) throw new UsageError('deckcheck rules takes at most one rule id or alias')
  if (args[0] !== undefined) {
    const rule = findRule(rules, args[0])
    if (!rule) throw new UsageError(`no rule "${args[0]}" (deckcheck rules lists them)`)
    io.stdout(format === 'json' ? `${JSON.stringify(rule, null, 2)}\n` : ruleDocs(rule))
    return 0
  }
  io.stdout(format === 'json' ? `${JSON.stringify(rules.map(({ id, aliases, category, language, severity, docs }) => ({ id, aliases, category, language, severity, description: docs.description })), null, 2)}\n` : ruleTable(rules))
  return 0
}

/**
 * The benchmark (issue 8): deckcheck against the parse-only floor and the ESLint peer stack, cold
 * start, the live check's incremental latency and Nx's cached deck tests, all in one run on one
 * machine so that the ratios hold. Every measurement is a whole process (median after a warm-up),
 * with peak memory from a preload that records `process.resourceUsage().maxRSS`.
 *
 *   npm run bench                              1k, 5k, 10k snippets (5 runs each), writes tools/bench/RESULTS.md
 *   npm run bench -- --sizes 1000,5000,10000,50000
 *   npm run bench -- --smoke --results dist/bench/RESULTS.md   CI-sized: tiny corpus, one run, no Nx
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { generateCorpus, type CorpusInfo } from './corpus.ts'

const ROOT = resolve(import.meta.dirname, '../..')
const NODE = process.execPath
const DECKCHECK = join(ROOT, 'packages/cli/bin/deckcheck.js')
const ESLINT = join(ROOT, 'node_modules/eslint/bin/eslint.js')
const NX = join(ROOT, 'node_modules/nx/dist/bin/nx.js')
const PRELOAD = join(import.meta.dirname, 'rss-preload.ts')

interface Sample {
  ms: number
  rssMB: number
  code: number | null
  stdout: string
}

interface Measure {
  medianMs: number
  minMs: number
  maxMs: number
  rssMB: number
  runs: number
  code: number | null
  stdout: string
}

/** Run one command as a process; wall time around spawn, peak RSS of any Node process it started. */
async function once(args: string[], cwd = ROOT, env: Record<string, string> = {}): Promise<Sample> {
  const rssFile = join(ROOT, 'dist/bench', `rss-${process.pid}-${Math.random().toString(36).slice(2)}.txt`)
  const options = `${process.env.NODE_OPTIONS ?? ''} --import=${PRELOAD}`.trim()
  const started = performance.now()
  const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((done, fail) => {
    const child = spawn(args[0]!, args.slice(1), { cwd, env: { ...process.env, ...env, NODE_OPTIONS: options, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', () => {})
    child.on('error', fail)
    child.on('close', (exit) => done({ code: exit, stdout: Buffer.concat(out).toString('utf8') }))
  })
  const ms = performance.now() - started
  const rss = existsSync(rssFile) ? Math.max(...readFileSync(rssFile, 'utf8').trim().split('\n').map(Number)) : 0
  rmSync(rssFile, { force: true })
  return { ms, rssMB: rss / 1024, code, stdout }
}

async function measure(label: string, args: string[], runs: number, options: { cwd?: string; warmup?: boolean; env?: Record<string, string> } = {}): Promise<Measure> {
  if (options.warmup !== false) await once(args, options.cwd, options.env)
  const samples: Sample[] = []
  for (let i = 0; i < runs; i++) samples.push(await once(args, options.cwd, options.env))
  const times = samples.map((s) => s.ms).sort((a, b) => a - b)
  const result = {
    medianMs: times[Math.floor((times.length - 1) / 2)]! + (times.length % 2 === 0 ? (times[times.length / 2]! - times[times.length / 2 - 1]!) / 2 : 0),
    minMs: times[0]!,
    maxMs: times[times.length - 1]!,
    rssMB: Math.max(...samples.map((s) => s.rssMB)),
    runs,
    code: samples[0]!.code,
    stdout: samples[0]!.stdout,
  }
  console.error(`  ${label}: ${fmtMs(result.medianMs)} (min ${fmtMs(result.minMs)}, max ${fmtMs(result.maxMs)}), ${result.rssMB.toFixed(0)} MB, exit ${result.code}`)
  return result
}

const fmtMs = (ms: number) => (ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`)
const ratio = (a: number, b: number) => (a / b).toFixed(2)

const ESLINT_CONFIG = `// Written by tools/bench/run.ts: the peer stack a user would set up to lint YAML and TOML in Markdown.
import markdown from '@eslint/markdown'
import yml from 'eslint-plugin-yml'
import toml from 'eslint-plugin-toml'

export default [
  ...markdown.configs.processor,
  ...yml.configs['flat/recommended'],
  ...toml.configs['flat/recommended'],
]
`

interface EslintCount {
  files: number
  /** Fenced blocks (virtual files) with at least one message. */
  blocksWithFindings: number
  messages: number
  /** Parsing errors: what the faulty fences (syntax errors) must each produce. */
  parsingErrors: number
}

function countEslint(json: string): EslintCount {
  const results = JSON.parse(json) as { filePath: string; messages: { fatal?: boolean }[] }[]
  let messages = 0
  let parsingErrors = 0
  for (const r of results) {
    messages += r.messages.length
    parsingErrors += r.messages.filter((m) => m.fatal).length
  }
  return { files: results.length, blocksWithFindings: results.filter((r) => r.messages.length > 0).length, messages, parsingErrors }
}

function eslintArgs(dir: string): string[] {
  return [NODE, ESLINT, '--no-warn-ignored', '--format', 'json', '--config', join(dir, 'eslint.config.js'), '**/slides.md']
}

async function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,5000,10000' },
      runs: { type: 'string', default: '5' },
      smoke: { type: 'boolean', default: false },
      results: { type: 'string' },
      'no-nx': { type: 'boolean', default: false },
      'peer-size': { type: 'string', default: '5000' },
      edits: { type: 'string', default: '100' },
      'big-runs': { type: 'string', default: '1' },
    },
  })
  const smoke = values.smoke
  const sizes = smoke ? [200, 400] : values.sizes.split(',').map(Number)
  const runs = smoke ? 1 : Number(values.runs)
  const peerSize = smoke ? 200 : Number(values['peer-size'])
  const edits = smoke ? 10 : Number(values.edits)
  const withNx = !smoke && !values['no-nx']
  const results = resolve(values.results ?? join(import.meta.dirname, 'RESULTS.md'))
  const work = join(ROOT, 'dist/bench', smoke ? 'smoke' : 'full')
  mkdirSync(work, { recursive: true })
  const startedAt = new Date()
  const loadAtStart = loadavg()

  // 1. deckcheck and 2. the floor, per size.
  const rows: { info: CorpusInfo; deckcheck: Measure; floor: Measure; findings: number; threaded: Measure | undefined }[] = []
  const threadedSize = Math.max(...sizes.filter((size) => size <= 10000))
  for (const [index, size] of sizes.entries()) {
    const info = generateCorpus({ snippets: size, out: join(work, `corpus-${size}`), seed: 1 })
    console.error(`corpus ${size}: ${info.snippets} snippets in ${info.decks.length} decks, ${(info.bytes / 1e6).toFixed(2)} MB`)
    const rel = relative(ROOT, info.dir)
    // Above 10k snippets a run takes minutes: fewer runs (--big-runs). One warm-up, before the first size.
    const big = size > 10000
    const n = big ? Number(values['big-runs']) : runs
    const warmup = index === 0
    const deckcheck = await measure('deckcheck', [NODE, DECKCHECK, '--format', 'json', `${rel}/*/slides.md`], n, { warmup })
    const findings = (JSON.parse(deckcheck.stdout) as { messages: unknown[] }[]).reduce((sum, r) => sum + r.messages.length, 0)
    const floor = await measure('floor', [NODE, join(import.meta.dirname, 'floor.ts'), info.dir], n, { warmup })
    // Both cores: the decks spread over worker threads (DECKCHECK_THREADS, packages/cli/src/parallel.ts).
    // Measured on one size (the largest up to 10k): it is the two-core target's ground.
    const threaded = size === threadedSize ? await measure('deckcheck, worker threads', [NODE, DECKCHECK, '--format', 'json', `${rel}/*/slides.md`], n, { warmup: false, env: { DECKCHECK_THREADS: 'auto' } }) : undefined
    rows.push({ info, deckcheck, floor, findings, threaded })
  }

  // 3. The peer stack on its own ground: a YAML+TOML-only corpus, both tools on it.
  const peer = generateCorpus({ snippets: peerSize, out: join(work, `yaml-toml-${peerSize}`), seed: 2, yamlTomlOnly: true })
  writeFileSync(join(peer.dir, 'eslint.config.js'), ESLINT_CONFIG)
  console.error(`peer corpus: ${peer.snippets} YAML/TOML snippets (${peer.fencedYamlToml} fenced, ${peer.faultyFencedYamlToml} of them faulty)`)
  const peerDeckcheck = await measure('deckcheck (yaml+toml)', [NODE, DECKCHECK, '--format', 'json', `${relative(ROOT, peer.dir)}/*/slides.md`], runs, { warmup: false })
  const peerThreaded = await measure('deckcheck (yaml+toml), worker threads', [NODE, DECKCHECK, '--format', 'json', `${relative(ROOT, peer.dir)}/*/slides.md`], runs, { warmup: false, env: { DECKCHECK_THREADS: 'auto' } })
  const eslint = await measure('eslint (yaml+toml)', eslintArgs(peer.dir), runs, { warmup: false, cwd: peer.dir })
  const eslintCount = countEslint(eslint.stdout)

  // 4. Cold start: one small deck, and --version (no warm-up beyond the OS file cache).
  const small = generateCorpus({ snippets: 20, slidesPerDeck: 12, out: join(work, 'small'), seed: 3 })
  writeFileSync(join(small.dir, 'eslint.config.js'), ESLINT_CONFIG)
  const coldDeck = await measure('cold: one small deck', [NODE, DECKCHECK, '--format', 'json', relative(ROOT, small.decks[0]!)], Math.max(runs, smoke ? 1 : 5))
  const coldVersion = await measure('cold: --version', [NODE, DECKCHECK, '--version'], Math.max(runs, smoke ? 1 : 5))
  const coldEslint = await measure('cold: eslint, one small deck', eslintArgs(small.dir), Math.max(runs, smoke ? 1 : 5), { cwd: small.dir })

  // 5. Incremental: the live check path, one process, 100 edits.
  const incr = await measure('incremental', [NODE, join(import.meta.dirname, 'incremental.ts'), '--edits', String(edits), '--slides', smoke ? '40' : '300', '--out', join(work, 'incremental')], 1, { warmup: false })
  const incremental = JSON.parse(incr.stdout) as { slides: number; snippets: number; edits: number; firstCheckMs: number; p50: number; p95: number; max: number; recheckedSnippets: number }

  // 6. Nx: the decks' test targets, first run (cache skipped) and cached.
  let nxFirst: Measure | undefined
  let nxCached: Measure | undefined
  if (withNx) {
    const nx = [NODE, NX, 'run-many', '-t', 'test', '--projects=tag:deck', '--outputStyle=static']
    const env = { NX_DAEMON: 'false', NX_TUI: 'false' }
    nxFirst = await measure('nx first run (--skip-nx-cache)', [...nx, '--skip-nx-cache'], 1, { warmup: false, env })
    nxCached = await measure('nx cached run', nx, runs, { env })
  }

  const markdown = report({ loadAtStart, loadAtEnd: loadavg(), smoke, startedAt, runs, rows, peer, peerDeckcheck, peerThreaded, eslint, eslintCount, small, coldDeck, coldVersion, coldEslint, incremental, nxFirst, nxCached })
  writeFileSync(results, markdown)
  const summary = {
    smoke,
    sizes: rows.map((row) => ({ snippets: row.info.snippets, deckcheckMs: row.deckcheck.medianMs, threadedMs: row.threaded?.medianMs, floorMs: row.floor.medianMs, rssMB: row.deckcheck.rssMB, findings: row.findings })),
    peer: { snippets: peer.snippets, fenced: peer.fencedYamlToml, faultyFenced: peer.faultyFencedYamlToml, deckcheckMs: peerDeckcheck.medianMs, threadedMs: peerThreaded.medianMs, eslintMs: eslint.medianMs, eslint: eslintCount },
    cold: { deckMs: coldDeck.medianMs, versionMs: coldVersion.medianMs, eslintMs: coldEslint.medianMs },
    incremental,
    nx: nxFirst && nxCached ? { firstMs: nxFirst.medianMs, cachedMs: nxCached.medianMs } : undefined,
  }
  writeFileSync(results.replace(/\.md$/, '') + '.json', `${JSON.stringify(summary, null, 2)}\n`)
  console.error(`wrote ${relative(ROOT, results)}`)
}

function versions(): Record<string, string> {
  const version = (name: string) => {
    try {
      return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version
    } catch {
      return '?'
    }
  }
  return {
    node: process.versions.node,
    deckcheck: (JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string }).version,
    '@slidev/parser': version('@slidev/parser'),
    'remark-parse': version('remark-parse'),
    yaml: version('yaml'),
    'toml-eslint-parser': version('toml-eslint-parser'),
    'dockerfile-ast': version('dockerfile-ast'),
    mermaid: version('mermaid'),
    eslint: version('eslint'),
    '@eslint/markdown': version('@eslint/markdown'),
    'eslint-plugin-yml': version('eslint-plugin-yml'),
    'eslint-plugin-toml': version('eslint-plugin-toml'),
    nx: version('nx'),
  }
}

function gitCommit(): string {
  try {
    const head = readFileSync(join(ROOT, '.git/HEAD'), 'utf8').trim()
    return head.startsWith('ref: ') ? readFileSync(join(ROOT, '.git', head.slice(5)), 'utf8').trim().slice(0, 12) : head.slice(0, 12)
  } catch {
    return '?'
  }
}

interface Report {
  loadAtStart: number[]
  loadAtEnd: number[]
  smoke: boolean
  startedAt: Date
  runs: number
  rows: { info: CorpusInfo; deckcheck: Measure; floor: Measure; findings: number; threaded: Measure | undefined }[]
  peer: CorpusInfo
  peerDeckcheck: Measure
  peerThreaded: Measure
  eslint: Measure
  eslintCount: EslintCount
  small: CorpusInfo
  coldDeck: Measure
  coldVersion: Measure
  coldEslint: Measure
  incremental: { slides: number; snippets: number; edits: number; firstCheckMs: number; p50: number; p95: number; max: number; recheckedSnippets: number }
  nxFirst?: Measure
  nxCached?: Measure
}

function report(r: Report): string {
  const cpu = cpus()
  const v = versions()
  const lines: string[] = []
  const push = (...text: string[]) => lines.push(...text)
  push(
    `# Benchmark results${r.smoke ? ' (smoke run: CI-sized, not for comparison)' : ''}`,
    '',
    `Generated by \`tools/bench/run.ts\` on ${r.startedAt.toISOString()} (commit ${gitCommit()}). Every number is a whole process, median of ${r.runs} run(s) (one warm-up run of each command before the first corpus; corpora above 10k snippets: fewer runs), on one machine in one run; peak memory is the largest \`maxRSS\` of the Node processes a command started.`,
    '',
    '## Machine',
    '',
    `- ${cpu.length} × ${cpu[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()} ${arch()}`,
    `- load average (1, 5, 15 min) at the start ${r.loadAtStart.map((x) => x.toFixed(2)).join(', ')}, at the end ${r.loadAtEnd.map((x) => x.toFixed(2)).join(', ')}: above 0 means other work shared the two cores`,
    `- versions: ${Object.entries(v).map(([name, version]) => `${name} ${version}`).join(', ')}`,
    '',
    '## deckcheck against the floor, by corpus size',
    '',
    'The floor reads the same decks, splits them with @slidev/parser, parses every slide with remark-parse, extracts the snippets (core\'s extraction) and parses each snippet once with its language\'s own parser (`definition.parse`), with no rules (`tools/bench/floor.ts`).',
    '',
    '| snippets | decks | MB | deckcheck | snippets/s | peak RSS | findings | floor | floor RSS | deckcheck/floor | µs/snippet over the smallest | deckcheck, worker threads | its peak RSS |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  )
  const base = r.rows[0]
  for (const row of r.rows) {
    const perSnippet = base && row !== base ? `${(((row.deckcheck.medianMs - base.deckcheck.medianMs) / (row.info.snippets - base.info.snippets)) * 1000).toFixed(0)}` : '—'
    push(
      `| ${row.info.snippets} | ${row.info.decks.length} | ${(row.info.bytes / 1e6).toFixed(2)} | ${fmtMs(row.deckcheck.medianMs)} | ${((row.info.snippets / row.deckcheck.medianMs) * 1000).toFixed(0)} | ${row.deckcheck.rssMB.toFixed(0)} MB | ${row.findings} | ${fmtMs(row.floor.medianMs)} | ${row.floor.rssMB.toFixed(0)} MB | ${ratio(row.deckcheck.medianMs, row.floor.medianMs)} | ${perSnippet} | ${row.threaded ? fmtMs(row.threaded.medianMs) : '—'} | ${row.threaded ? `${row.threaded.rssMB.toFixed(0)} MB` : '—'} |`,
    )
  }
  push(
    '',
    `"Worker threads" is the same command with \`DECKCHECK_THREADS=auto\` (${cpus().length} threads here): the decks are spread over worker threads, each loading its own parsers.`,
    '',
    'Linear growth: the "µs/snippet" column is the marginal cost per snippet between the smallest corpus and each larger one (start-up cost removed); a linear cost keeps it flat.',
    '',
    '## The peer stack on its own ground (YAML + TOML only)',
    '',
    `A corpus of ${r.peer.snippets} YAML and TOML snippets only (${r.peer.decks.length} decks; ${r.peer.fencedYamlToml} fenced blocks, ${r.peer.faultyFencedYamlToml} of them faulty; the rest are slide frontmatter, which ESLint's Markdown processor does not lint). ESLint ${v.eslint} with \`@eslint/markdown\`'s processor and the \`flat/recommended\` configs of eslint-plugin-yml and eslint-plugin-toml (\`eslint.config.js\` written into the corpus folder).`,
    '',
    '| tool | time | peak RSS | what it reported |',
    '| --- | ---: | ---: | --- |',
    `| deckcheck | ${fmtMs(r.peerDeckcheck.medianMs)} | ${r.peerDeckcheck.rssMB.toFixed(0)} MB | every rule of the YAML and TOML plugins (schemas, Kubernetes, workflows, Compose, pyproject) |`,
    `| deckcheck, worker threads (\`DECKCHECK_THREADS=auto\`) | ${fmtMs(r.peerThreaded.medianMs)} | ${r.peerThreaded.rssMB.toFixed(0)} MB | the same findings |`,
    `| ESLint stack | ${fmtMs(r.eslint.medianMs)} | ${r.eslint.rssMB.toFixed(0)} MB | ${r.eslintCount.messages} messages, ${r.eslintCount.parsingErrors} of them parsing errors (one per faulty fence: ${r.peer.faultyFencedYamlToml}); exit ${r.eslint.code} |`,
    '',
    `peer/deckcheck = **${ratio(r.eslint.medianMs, r.peerDeckcheck.medianMs)}** in one thread, **${ratio(r.eslint.medianMs, r.peerThreaded.medianMs)}** with worker threads (above 1: deckcheck is faster).`,
    '',
    '## Cold start',
    '',
    '| command | time | peak RSS |',
    '| --- | ---: | ---: |',
    `| \`deckcheck --version\` | ${fmtMs(r.coldVersion.medianMs)} | ${r.coldVersion.rssMB.toFixed(0)} MB |`,
    `| \`deckcheck\` on one small deck (${r.small.snippets} snippets, all languages) | ${fmtMs(r.coldDeck.medianMs)} | ${r.coldDeck.rssMB.toFixed(0)} MB |`,
    `| ESLint stack on the same deck | ${fmtMs(r.coldEslint.medianMs)} | ${r.coldEslint.rssMB.toFixed(0)} MB |`,
    '',
    '## Incremental: the live check (`nx dev`)',
    '',
    `\`checkDeck\` with one shared \`SnippetCache\`, as packages/slidev-addon's Vite plugin calls it after a save, on a ${r.incremental.slides}-slide deck (${r.incremental.snippets} snippets); each of ${r.incremental.edits} edits changes one value in one snippet of one slide and saves the file.`,
    '',
    `- first check (cold cache, in a warm process): ${fmtMs(r.incremental.firstCheckMs)}`,
    `- after an edit: p50 **${fmtMs(r.incremental.p50)}**, p95 **${fmtMs(r.incremental.p95)}**, max ${fmtMs(r.incremental.max)}`,
    `- snippets checked again over all edits: ${r.incremental.recheckedSnippets} (one per edit: unchanged snippets come from the cache)`,
    '',
  )
  if (r.nxFirst && r.nxCached) {
    push(
      '## `nx run-many -t test --projects=tag:deck`',
      '',
      '| run | time |',
      '| --- | ---: |',
      `| first (\`--skip-nx-cache\`) | ${fmtMs(r.nxFirst.medianMs)} (exit ${r.nxFirst.code}) |`,
      `| cached (median of ${r.nxCached.runs}) | ${fmtMs(r.nxCached.medianMs)} |`,
      '',
    )
  }
  const big = r.rows.find((row) => row.info.snippets >= 10000) ?? r.rows[r.rows.length - 1]!
  push(
    '## Against the targets',
    '',
    '| target | measured | met |',
    '| --- | --- | --- |',
    `| deckcheck/floor <= 1.3 on the ${big.info.snippets} corpus | ${ratio(big.deckcheck.medianMs, big.floor.medianMs)} | ${big.deckcheck.medianMs / big.floor.medianMs <= 1.3 ? 'yes' : 'no'} |`,
    `| faster than the peer stack on YAML+TOML, one process | peer/deckcheck ${ratio(r.eslint.medianMs, r.peerDeckcheck.medianMs)} | ${r.eslint.medianMs > r.peerDeckcheck.medianMs ? 'yes' : 'no'} |`,
    `| at least 1.8x faster than the peer stack with both cores | peer/deckcheck ${ratio(r.eslint.medianMs, r.peerThreaded.medianMs)} | ${r.eslint.medianMs / r.peerThreaded.medianMs >= 1.8 ? 'yes' : 'no'} |`,
    `| cold start, one small deck <= 0.3 s | ${fmtMs(r.coldDeck.medianMs)} | ${r.coldDeck.medianMs <= 300 ? 'yes' : 'no'} |`,
    `| incremental p95 <= 30 ms | ${fmtMs(r.incremental.p95)} | ${r.incremental.p95 <= 30 ? 'yes' : 'no'} |`,
  )
  if (r.nxCached) push(`| cached \`nx run-many -t test\` (decks) <= 2 s | ${fmtMs(r.nxCached.medianMs)} | ${r.nxCached.medianMs <= 2000 ? 'yes' : 'no'} |`)
  const largest = r.rows[r.rows.length - 1]!
  push(`| peak memory < 500 MB (${largest.info.snippets} corpus${largest.info.snippets < 50000 ? '; 50k not run here' : ''}) | ${largest.deckcheck.rssMB.toFixed(0)} MB | ${largest.deckcheck.rssMB < 500 ? 'yes' : 'no'} |`)
  push(
    '',
    '## Reproduce',
    '',
    '```sh',
    'npm install',
    'npm run bench                                            # 1k, 5k, 10k; writes tools/bench/RESULTS.md',
    'npm run bench -- --sizes 1000,5000,10000,50000 --runs 5  # with the 50k corpus',
    'npm run bench -- --smoke --results dist/bench/RESULTS.md # the CI-sized run',
    'node tools/bench/corpus.ts --snippets 10000              # just a corpus, in dist/bench/corpus-10000',
    'node tools/bench/floor.ts dist/bench/corpus-10000        # just the floor',
    'node tools/bench/incremental.ts --edits 100              # just the live-check latency',
    '```',
    '',
  )
  return lines.join('\n')
}

await main()

/**
 * A deterministic corpus of Slidev decks for the benchmark: N decks of M slides with a realistic
 * mix of snippets (pyproject and requirements, Dockerfiles, Kubernetes, GitHub Actions and Compose
 * YAML, per-slide frontmatter, mermaid), clean and faulty, and Slidev's own constructs
 * (magic-move, `<<<` imports with the snippet files written beside the deck).
 *
 *   node tools/bench/corpus.ts --snippets 10000 [--out dist/bench/corpus-10000] [--seed 1] [--only yaml,toml]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

export type Family = 'pyproject' | 'requirements' | 'dockerfile' | 'kubernetes' | 'workflow' | 'compose' | 'mermaid' | 'frontmatter'

export interface CorpusOptions {
  /** How many snippets (as deckcheck counts them: every fence, magic-move step, import and frontmatter). */
  snippets: number
  out: string
  seed?: number
  slidesPerDeck?: number
  /** Only YAML and TOML snippets (the peer stack's ground): no Dockerfile, requirements or mermaid. */
  yamlTomlOnly?: boolean
  /** Share of faulty snippets, 0..1 (default 0.2). */
  faultyRate?: number
}

export interface CorpusInfo {
  dir: string
  decks: string[]
  snippets: number
  faulty: number
  /** YAML and TOML fences that a Markdown linter sees (not frontmatter, magic-move steps or imports). */
  fencedYamlToml: number
  faultyFencedYamlToml: number
  bytes: number
  byFamily: Record<string, number>
}

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Rng {
  next(): number
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
}

function rngOf(seed: number): Rng {
  const next = prng(seed)
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
  }
}

interface Block {
  lang: string
  family: Family
  text: string
  faulty: boolean
  /** The file extension when written as a `<<<` import. */
  ext: string
}

const NAMES = ['billing', 'ingest', 'catalog', 'search', 'notify', 'reports', 'auth', 'gateway', 'orders', 'metrics', 'scheduler', 'uploader']
const LIBS = ['requests', 'httpx', 'pydantic', 'numpy', 'pandas', 'fastapi', 'uvicorn', 'sqlalchemy', 'rich', 'click', 'attrs', 'structlog']
const PY = ['3.11', '3.12', '3.13']

function pyproject(r: Rng, faulty: boolean): Block {
  const name = `${r.pick(NAMES)}-${r.int(1, 999)}`
  const deps = Array.from({ length: r.int(1, 4) }, () => `  "${r.pick(LIBS)}>=${r.int(1, 3)}.${r.int(0, 20)}",`)
  const lines = [
    '# pyproject.toml',
    '[build-system]',
    'requires = ["hatchling>=1.26"]',
    'build-backend = "hatchling.build"',
    '',
    '[project]',
    `name = "${name}"`,
    `version = "0.${r.int(1, 30)}.${r.int(0, 9)}"`,
    `description = "The ${name} service"`,
    `requires-python = ">=${r.pick(PY)}"`,
    'license = "MIT"',
    'dependencies = [',
    ...deps,
    ']',
    '',
    '[tool.ruff]',
    `line-length = ${r.pick([88, 100, 120])}`,
  ]
  if (faulty) {
    // A syntax error every TOML parser reports: a key defined twice, or an unclosed string.
    if (r.next() < 0.5) lines.splice(7, 0, `name = "${name}-again"`)
    else lines[8] = `description = "The ${name} service`
  }
  return { lang: 'toml', family: 'pyproject', text: lines.join('\n'), faulty, ext: 'toml' }
}

function requirements(r: Rng, faulty: boolean): Block {
  const lines = ['# requirements.txt for an application']
  for (let i = r.int(2, 6); i > 0; i--) lines.push(`${r.pick(LIBS)}==${r.int(1, 3)}.${r.int(0, 20)}.${r.int(0, 9)}`)
  if (faulty) lines.push(`${r.pick(LIBS)} >= = 1.0`)
  return { lang: 'requirements', family: 'requirements', text: lines.join('\n'), faulty, ext: 'txt' }
}

function dockerfile(r: Rng, faulty: boolean): Block {
  const py = r.pick(PY)
  const app = r.pick(NAMES)
  const lines = [
    faulty ? 'FROM python:latest' : `FROM python:${py}-slim`,
    'WORKDIR /app',
    'COPY requirements.txt .',
    'RUN pip install --no-cache-dir -r requirements.txt',
    'COPY . .',
    `EXPOSE ${r.int(3000, 9000)}`,
    'USER 10001',
    `HEALTHCHECK CMD ["python", "-m", "${app}.health"]`,
    `CMD ["python", "-m", "${app}"]`,
  ]
  return { lang: 'dockerfile', family: 'dockerfile', text: lines.join('\n'), faulty, ext: 'Dockerfile' }
}

function kubernetes(r: Rng, faulty: boolean): Block {
  const app = `${r.pick(NAMES)}-${r.int(1, 99)}`
  const lines = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${app}`,
    'spec:',
    `  replicas: ${r.int(1, 5)}`,
    '  selector:',
    '    matchLabels:',
    `      app: ${app}`,
    '  template:',
    '    metadata:',
    '      labels:',
    `        app: ${app}`,
    '    spec:',
    '      containers:',
    `        - name: ${app}`,
    `          image: registry.example.com/${app}:1.${r.int(0, 40)}.${r.int(0, 9)}`,
    '          ports:',
    `            - containerPort: ${r.int(3000, 9000)}`,
    '          resources:',
    '            limits: { cpu: 500m, memory: 256Mi }',
  ]
  if (faulty) {
    if (r.next() < 0.5) lines.splice(6, 0, `  replicas: ${r.int(1, 5)}`) // a duplicate key
    else lines[3] = `  name: "${app}` // an unclosed quote
  }
  return { lang: 'yaml', family: 'kubernetes', text: lines.join('\n'), faulty, ext: 'yaml' }
}

function workflow(r: Rng, faulty: boolean): Block {
  const lines = [
    '# .github/workflows/ci.yml',
    'name: CI',
    'on:',
    '  push:',
    '    branches: [main]',
    '  pull_request:',
    'permissions:',
    '  contents: read',
    'jobs:',
    '  test:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: actions/setup-python@v5',
    '        with:',
    `          python-version: "${r.pick(PY)}"`,
    '      - run: pip install -r requirements.txt',
    `      - run: pytest -q -k ${r.pick(NAMES)}`,
  ]
  if (faulty) {
    if (r.next() < 0.5) lines.splice(10, 0, '    runs-on: ubuntu-24.04') // a duplicate key
    else lines[16] = '      - run: "pip install -r requirements.txt' // an unclosed quote
  }
  return { lang: 'yaml', family: 'workflow', text: lines.join('\n'), faulty, ext: 'yml' }
}

function compose(r: Rng, faulty: boolean): Block {
  const app = r.pick(NAMES)
  const lines = [
    '# compose.yaml',
    'services:',
    `  ${app}:`,
    '    build: .',
    '    ports:',
    `      - "${r.int(3000, 9000)}:8000"`,
    '    depends_on:',
    '      db:',
    '        condition: service_healthy',
    '  db:',
    `    image: postgres:${r.int(14, 17)}`,
    '    healthcheck:',
    '      test: ["CMD", "pg_isready"]',
  ]
  if (faulty) {
    if (r.next() < 0.5) lines.splice(3, 0, '    build: ./other') // a duplicate key
    else lines[12] = '      test: ["CMD", "pg_isready"' // an unclosed flow sequence
  }
  return { lang: 'yaml', family: 'compose', text: lines.join('\n'), faulty, ext: 'yaml' }
}

function mermaid(r: Rng, faulty: boolean): Block {
  const [a, b, c] = [r.pick(NAMES), r.pick(NAMES), r.pick(NAMES)]
  const lines = ['graph TD', `  A[${a}] --> B[${b}]`, `  B --> C{${c}?}`, '  C -->|yes| D[deploy]', '  C -->|no| E[fix]']
  if (faulty) lines.push('  E --> --> F[')
  return { lang: 'mermaid', family: 'mermaid', text: lines.join('\n'), faulty, ext: 'mmd' }
}

const LAYOUTS = ['default', 'two-cols', 'center', 'section', 'image-right']

function frontmatter(r: Rng, faulty: boolean): string {
  const lines = [`layout: ${r.pick(LAYOUTS)}`, `class: text-${r.pick(['sm', 'base', 'lg'])}`]
  if (faulty) lines.push(`transition: [slide-left`) // an unclosed flow sequence
  return lines.join('\n')
}

type Make = (r: Rng, faulty: boolean) => Block
const ALL: [Make, number][] = [
  [pyproject, 18],
  [requirements, 8],
  [dockerfile, 18],
  [kubernetes, 16],
  [workflow, 14],
  [compose, 14],
  [mermaid, 6],
]
const YAML_TOML: [Make, number][] = [
  [pyproject, 30],
  [kubernetes, 25],
  [workflow, 22],
  [compose, 23],
]

function weighted(r: Rng, table: [Make, number][]): Make {
  const total = table.reduce((sum, [, w]) => sum + w, 0)
  let x = r.next() * total
  for (const [make, w] of table) if ((x -= w) < 0) return make
  return table[0]![0]
}

/** Write the corpus; the folder is emptied first. Same options, same bytes. */
export function generateCorpus(options: CorpusOptions): CorpusInfo {
  const r = rngOf(options.seed ?? 1)
  const dir = resolve(options.out)
  const slidesPerDeck = options.slidesPerDeck ?? 50
  const faultyRate = options.faultyRate ?? 0.2
  const table = options.yamlTomlOnly ? YAML_TOML : ALL
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const info: CorpusInfo = { dir, decks: [], snippets: 0, faulty: 0, fencedYamlToml: 0, faultyFencedYamlToml: 0, bytes: 0, byFamily: {} }
  const count = (family: string, faulty: boolean) => {
    info.snippets++
    if (faulty) info.faulty++
    info.byFamily[family] = (info.byFamily[family] ?? 0) + 1
  }
  let deckNo = 0
  while (info.snippets < options.snippets) {
    deckNo++
    const deckDir = join(dir, `deck-${String(deckNo).padStart(4, '0')}`)
    mkdirSync(join(deckDir, 'snippets'), { recursive: true })
    const parts: string[] = []
    // The headmatter is the first slide's frontmatter: one snippet.
    parts.push(`---\ntheme: default\ntitle: Benchmark deck ${deckNo}\nfonts:\n  provider: none\n---\n\n# Benchmark deck ${deckNo}\n`)
    count('frontmatter', false)
    let importNo = 0
    for (let slide = 1; slide < slidesPerDeck && info.snippets < options.snippets; slide++) {
      const body: string[] = []
      if (r.next() < 0.3) {
        const faulty = r.next() < faultyRate / 2
        body.push(`---\n${frontmatter(r, faulty)}\n---\n`)
        count('frontmatter', faulty)
      } else {
        body.push('---\n')
      }
      body.push(`## Slide ${slide}: ${r.pick(NAMES)} in production\n`, `Some prose about ${r.pick(LIBS)} and why it matters, with *emphasis* and a [link](https://example.com).\n`)
      const blocks = r.int(1, 3)
      for (let b = 0; b < blocks && info.snippets < options.snippets; b++) {
        const roll = r.next()
        if (roll < 0.06 && !options.yamlTomlOnly) {
          // magic-move: two steps of one snippet, each checked.
          const make = weighted(r, table)
          const steps = [make(r, false), make(r, r.next() < faultyRate)]
          body.push(['````md magic-move', ...steps.map((s) => `\`\`\`${s.lang}\n${s.text}\n\`\`\``), '````\n'].join('\n'))
          for (const s of steps) count(s.family, s.faulty)
        } else if (roll < 0.12 && !options.yamlTomlOnly) {
          // <<< import of a file beside the deck.
          const block = weighted(r, table)(r, r.next() < faultyRate)
          const name = block.ext === 'Dockerfile' ? `Dockerfile.${++importNo}` : `snippet-${++importNo}.${block.ext}`
          writeFileSync(join(deckDir, 'snippets', name), `${block.text}\n`)
          info.bytes += block.text.length + 1
          body.push(`<<< @/snippets/${name} ${block.lang}\n`)
          count(block.family, block.faulty)
        } else {
          const block = weighted(r, table)(r, r.next() < faultyRate)
          const meta = r.next() < 0.2 ? ` {${r.int(1, 3)}|${r.int(4, 6)}}` : ''
          body.push(`\`\`\`${block.lang}${meta}\n${block.text}\n\`\`\`\n`)
          count(block.family, block.faulty)
          if (block.lang === 'yaml' || block.lang === 'toml') {
            info.fencedYamlToml++
            if (block.faulty) info.faultyFencedYamlToml++
          }
        }
      }
      if (r.next() < 0.2) body.push(`<!--\nPresenter note: mention ${r.pick(NAMES)}.\n-->\n`)
      parts.push(body.join('\n'))
    }
    const text = parts.join('\n')
    const deck = join(deckDir, 'slides.md')
    writeFileSync(deck, text)
    info.bytes += text.length
    info.decks.push(deck)
  }
  writeFileSync(join(dir, 'corpus.json'), `${JSON.stringify({ ...info, decks: info.decks.length }, null, 2)}\n`)
  return info
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      snippets: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'slides-per-deck': { type: 'string', default: '50' },
      only: { type: 'string' },
    },
  })
  const snippets = Number(values.snippets)
  const info = generateCorpus({
    snippets,
    out: values.out ?? join(import.meta.dirname, '../../dist/bench', `corpus-${snippets}`),
    seed: Number(values.seed),
    slidesPerDeck: Number(values['slides-per-deck']),
    yamlTomlOnly: values.only === 'yaml,toml',
  })
  console.log(`${info.snippets} snippets (${info.faulty} faulty) in ${info.decks.length} decks, ${(info.bytes / 1e6).toFixed(2)} MB: ${info.dir}`)
}

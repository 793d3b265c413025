import type { Rule } from '@deckcheck/core'
import { onSlide } from '../examples.ts'
import { GITHUB_KINDS, jobs, parseUses, steps } from '../github/workflow.ts'
import { AS_OF, END_OF_LIFE } from '../github/versions.ts'
import type { ParsedYaml, YamlDocument, YamlPath } from '../parse.ts'

type Runtime = keyof typeof END_OF_LIFE

/** Matrix keys and setup-action inputs that name a runtime version. */
const KEYS: Record<string, Runtime> = { 'python-version': 'python', python: 'python', 'node-version': 'node', node: 'node' }
const SETUP_ACTIONS: Record<string, Runtime> = { 'actions/setup-python': 'python', 'actions/setup-node': 'node', 'astral-sh/setup-uv': 'python' }

export const ghaEolRuntime: Rule<ParsedYaml> = {
  id: 'yaml/gha-eol-runtime',
  aliases: [],
  language: 'yaml',
  kinds: GITHUB_KINDS,
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: `A Python or Node version past its end of life (as of ${AS_OF}: Python 3.10 and older, Node 20 and older) in a build matrix or a setup action.`,
    why: 'Testing on a version nobody supports spends CI time on users who get no security fixes, and tells the audience it is still a target. Test the supported versions; drop the others from `requires-python`/`engines` at the same time.',
    bad: [onSlide('jobs:\n  test:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        python-version: ["3.9", "3.10", "3.11"]\n    steps:\n      - uses: actions/setup-python@v6\n        with:\n          python-version: ${{ matrix.python-version }}\n')],
    good: [onSlide('jobs:\n  test:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        python-version: ["3.11", "3.12", "3.13", "3.14"]\n    steps:\n      - uses: actions/setup-python@v6\n        with:\n          python-version: ${{ matrix.python-version }}\n')],
    references: [END_OF_LIFE.python.source, END_OF_LIFE.node.source],
  },
  check({ parsed, report }) {
    const flag = (document: YamlDocument, path: YamlPath, runtime: Runtime, value: unknown) => {
      if (!isEndOfLife(runtime, value)) return
      const { supported } = END_OF_LIFE[runtime]
      const name = runtime === 'python' ? 'Python' : 'Node'
      report({ message: `${name} ${String(value)} is past its end of life (as of ${AS_OF}): test ${supported}.`, place: document.place(path, 'value') })
    }
    for (const { document, job, path } of jobs(parsed)) {
      const matrix = (job.strategy as { matrix?: unknown } | undefined)?.matrix
      if (typeof matrix !== 'object' || matrix === null) continue
      for (const [key, values] of Object.entries(matrix)) {
        const runtime = KEYS[key]
        if (runtime && Array.isArray(values)) values.forEach((value, index) => flag(document, [...path, 'strategy', 'matrix', key, index], runtime, value))
      }
    }
    for (const { document, step, path } of steps(parsed)) {
      const uses = parseUses(step.uses)
      const runtime = uses && SETUP_ACTIONS[uses.action]
      const input = runtime === 'node' ? 'node-version' : 'python-version'
      const value = (step.with as Record<string, unknown> | undefined)?.[input]
      if (runtime) flag(document, [...path, 'with', input], runtime, value)
    }
  },
}

/** `3.9`, `"3.10"`, `3.10.12`, `20`, `20.x`, `pypy3.9`; not expressions, ranges or aliases like `lts/*`. */
function isEndOfLife(runtime: Runtime, value: unknown): boolean {
  // YAML reads an unquoted 3.10 as the number 3.1: the version is ambiguous, yaml users write quotes.
  const text = typeof value === 'number' ? String(value) : value
  if (typeof text !== 'string') return false
  const match = /^(?:pypy|cpython-?)?(\d+)(?:\.(\d+))?(?:\.[\dx*]+)?$/.exec(text.trim())
  if (!match) return false
  const version = [Number(match[1]), Number(match[2] ?? 0)]
  const newest = END_OF_LIFE[runtime].newest
  if (runtime === 'node') return version[0]! <= newest[0]!
  return version[0]! < newest[0]! || (version[0] === newest[0] && version[1]! <= newest[1]!)
}

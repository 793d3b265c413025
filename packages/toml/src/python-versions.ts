/**
 * The Python versions a pyproject.toml states, each with where it is written: the lowest one
 * `requires-python` allows, the classifiers, and the targets of ruff, black and mypy.
 */
import { PYTHON_RELEASES } from './data/python-releases.ts'
import { entryAt, isString, type Located, type Span, spanIn } from './located.ts'
import type { PyprojectTables } from './pyproject.ts'

export interface StatedVersion {
  /** `3.10` */
  version: string
  /** `requires-python`, `classifiers`, `tool.ruff.target-version`, … */
  source: string
  at: Span
}

const compare = (a: string, b: string) => {
  const [a1, a2] = a.split('.').map(Number) as [number, number]
  const [b1, b2] = b.split('.').map(Number) as [number, number]
  return a1 - b1 || a2 - b2
}
export const compareVersions = compare

/** The lowest `3.N` that a `requires-python` lower bound (`>=3.10`, `~=3.9`, `==3.11.*`, `>3.8`) allows. */
export function minimumPython(tables: PyprojectTables, text: string): StatedVersion | undefined {
  const field = entryAt(tables.project, 'requires-python')
  if (!field || !isString(field)) return undefined
  const match = /(>=|~=|==|>)\s*(3)\.(\d+)/.exec(field.value)
  if (!match) return undefined
  const minor = Number(match[3]) + (match[1] === '>' && !/>\s*3\.\d+\.\d/.test(field.value) ? 1 : 0)
  const start = match.index + match[0].indexOf('3')
  return { version: `3.${minor}`, source: 'requires-python', at: spanIn(field, text, start, start + 2 + match[3]!.length) }
}

/** Every other place that names a Python version. */
export function statedVersions(tables: PyprojectTables, text: string): StatedVersion[] {
  const found: StatedVersion[] = []
  const add = (located: Located & { value: string }, version: string, source: string, start: number, end: number) => found.push({ version, source, at: spanIn(located, text, start, end) })
  for (const item of entryAt(tables.project, 'classifiers')?.items ?? []) {
    const match = isString(item) && /^Programming Language :: Python :: (3\.\d+)$/.exec(item.value)
    if (match && isString(item)) add(item, match[1]!, 'classifiers', item.value.length - match[1]!.length, item.value.length)
  }
  const pyTarget = (located: Located | undefined, source: string) => {
    for (const item of located ? (Array.isArray(located.value) ? located.items : [located]) : []) {
      const match = isString(item) && /^py3(\d+)$/.exec(item.value)
      if (match && isString(item)) add(item, `3.${match[1]}`, source, 0, item.value.length)
    }
  }
  pyTarget(entryAt(tables.tool, 'ruff', 'target-version'), 'tool.ruff.target-version')
  pyTarget(entryAt(tables.tool, 'black', 'target-version'), 'tool.black.target-version')
  const mypy = entryAt(tables.tool, 'mypy', 'python_version')
  // A float (`3.10`) would read as 3.1: only strings state a version here.
  if (mypy && isString(mypy) && /^3\.\d+$/.test(mypy.value)) found.push({ version: mypy.value, source: 'tool.mypy.python_version', at: mypy.at })
  return found
}

/** The release whose end of life is past on `today`, if `version` is one. */
export function endOfLife(version: string, today: Date): string | undefined {
  const release = PYTHON_RELEASES.find((entry) => entry.version === version)
  if (release) return new Date(release.endOfLife) < today ? release.endOfLife : undefined
  // Older than the table: long gone.
  return compare(version, PYTHON_RELEASES[0]!.version) < 0 ? 'long ago' : undefined
}

/** The oldest version still supported on `today`, for messages. */
export function oldestSupported(today: Date): string {
  return PYTHON_RELEASES.find((entry) => new Date(entry.endOfLife) >= today)?.version ?? PYTHON_RELEASES.at(-1)!.version
}

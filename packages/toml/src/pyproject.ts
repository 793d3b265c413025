/**
 * What the pyproject.toml rules share: the standard tables, located, and every PEP 508
 * requirement of the document parsed once, wherever it is written.
 */
import type { Snippet } from '@deckcheck/core'
import { entryAt, isString, type Located, type Span, spanIn } from './located.ts'
import { normalizeName, parseRequirement, type Requirement } from './pep508.ts'

export interface PyprojectTables {
  project?: Located
  buildSystem?: Located
  dependencyGroups?: Located
  tool?: Located
}

/** Where a requirement string is: `dependencies`, `optional-dependencies`, `build-system`, `dependency-groups`. */
export type RequirementPlace = 'dependencies' | 'optional-dependencies' | 'build-system' | 'dependency-groups'

export interface RequirementSite {
  place: RequirementPlace
  /** The extra or group name, for optional dependencies and dependency groups. */
  group?: string
  string: Located & { value: string }
  requirement?: Requirement
  error?: { message: string; at: Span }
}

export function pyprojectTables(document: Located | undefined): PyprojectTables {
  const tables: PyprojectTables = {}
  const set = (name: keyof PyprojectTables, key: string) => {
    const found = entryAt(document, key)
    if (found) tables[name] = found
  }
  set('project', 'project')
  set('buildSystem', 'build-system')
  set('dependencyGroups', 'dependency-groups')
  set('tool', 'tool')
  return tables
}

/** Every requirement string of the standard tables, parsed (skipping values of the wrong type: the schema rules report those). */
export function findRequirements(tables: PyprojectTables, text: string): RequirementSite[] {
  const sites: RequirementSite[] = []
  const add = (array: Located | undefined, place: RequirementPlace, group?: string) => {
    for (const item of array?.items ?? []) {
      if (!isString(item)) continue
      const site: RequirementSite = { place, string: item }
      if (group !== undefined) site.group = group
      const parsed = parseRequirement(item.value)
      if ('requirement' in parsed) site.requirement = parsed.requirement
      else site.error = { message: parsed.error.message, at: spanIn(item, text, parsed.error.at.start, parsed.error.at.end) }
      sites.push(site)
    }
  }
  add(entryAt(tables.project, 'dependencies'), 'dependencies')
  for (const [extra, array] of entryAt(tables.project, 'optional-dependencies')?.entries ?? []) add(array, 'optional-dependencies', extra)
  add(entryAt(tables.buildSystem, 'requires'), 'build-system')
  for (const [group, array] of tables.dependencyGroups?.entries ?? []) add(array, 'dependency-groups', group)
  return sites
}

/**
 * A whole file is validated whole (required fields and all); a fragment only for what it shows.
 * Whole: declared so, or it has `[project]` with a `name`. A fragment: declared so, or anything else.
 */
export function isWholeFile(snippet: Pick<Snippet, 'roles'>, tables: PyprojectTables): boolean {
  if (snippet.roles.includes('fragment')) return false
  if (snippet.roles.includes('whole')) return true
  return entryAt(tables.project, 'name') !== undefined
}

/** A library or an application, as the snippet declares itself. */
export function purpose(snippet: Pick<Snippet, 'roles'>): 'library' | 'application' | undefined {
  if (snippet.roles.includes('library')) return 'library'
  if (snippet.roles.includes('application')) return 'application'
  return undefined
}

/** The requirements a project installs for its users: `dependencies` and extras. */
export const runtimeRequirements = (sites: RequirementSite[]): (RequirementSite & { requirement: Requirement })[] =>
  sites.filter((site): site is RequirementSite & { requirement: Requirement } => !!site.requirement && (site.place === 'dependencies' || site.place === 'optional-dependencies'))

/** The span of part of a requirement string. */
export const requirementSpan = (site: RequirementSite, text: string, part: { start: number; end: number }): Span => spanIn(site.string, text, part.start, part.end)

/** Tools for developing a project, never for running it. */
export const DEV_TOOLS = new Set([
  'pytest', 'pytest-cov', 'pytest-xdist', 'pytest-mock', 'pytest-asyncio', 'coverage', 'tox', 'nox', 'hypothesis',
  'ruff', 'black', 'isort', 'flake8', 'pylint', 'autopep8', 'yapf', 'pyupgrade', 'autoflake', 'bandit',
  'mypy', 'pyright', 'pre-commit', 'twine',
])

/** The project's own normalized name, when the snippet shows it. */
export function projectName(tables: PyprojectTables): string | undefined {
  const name = entryAt(tables.project, 'name')?.value
  return typeof name === 'string' ? normalizeName(name) : undefined
}

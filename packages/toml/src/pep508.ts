/**
 * PEP 508 requirements and PEP 440 versions, parsed for real: pip-requirements-js for the grammar
 * (name, extras, specifiers, URL, markers, with offsets), @renovatebot/pep440 for every version in
 * a specifier, which the grammar alone lets through (`>=2.x`, `~=1`).
 */
import { valid, validRange } from '@renovatebot/pep440'
import { parsePipRequirementsLine, type RequirementWithLocation } from 'pip-requirements-js'

/** Offsets into the requirement string; the end is exclusive. */
export interface Part {
  start: number
  end: number
}

export interface Specifier {
  operator: string
  version: string
  at: Part
}

export interface Requirement {
  name: string
  /** PEP 503 normalized: lower case, runs of `-_.` as one `-`. */
  normalized: string
  nameAt: Part
  extras: string[]
  specifiers: Specifier[]
  url?: string
  marker?: string
}

export interface RequirementError {
  message: string
  at: Part
}

export const normalizeName = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-')

/** PEP 508 names: letters and digits, with `-_.` inside. */
export const VALID_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i

const part = (location: { startIdx: number; endIdx: number }): Part => ({ start: location.startIdx, end: location.endIdx })

/** Parse one PEP 508 requirement string (no pip options). */
export function parseRequirement(text: string): { requirement: Requirement } | { error: RequirementError } {
  if (/^\s*-/.test(text)) {
    return { error: { message: `\`${text.trim()}\` is a pip option, not a PEP 508 requirement: options belong on pip's command line or in requirements.txt`, at: { start: 0, end: text.length } } }
  }
  let parsed: RequirementWithLocation | null
  try {
    parsed = parsePipRequirementsLine(text, { includeLocations: true })
  } catch (error) {
    return { error: syntaxError(text, error instanceof Error ? error.message : String(error)) }
  }
  if (!parsed) return { error: { message: 'An empty requirement: write a project name, such as `httpx>=0.27`', at: { start: 0, end: text.length } } }
  const data = parsed.data
  if (data.type !== 'ProjectName' && data.type !== 'ProjectURL') {
    return { error: { message: `\`${text.trim()}\` includes a requirements file, which only pip's requirements.txt can do`, at: { start: 0, end: text.length } } }
  }
  const requirement: Requirement = {
    name: data.name.data,
    normalized: normalizeName(data.name.data),
    nameAt: part(data.name.location),
    extras: (data.extras ?? []).map((extra) => extra.data),
    specifiers: [],
  }
  if (data.type === 'ProjectURL') requirement.url = data.url.data
  if (data.environmentMarkerTree) requirement.marker = text.slice(data.environmentMarkerTree.location.startIdx, data.environmentMarkerTree.location.endIdx)
  if (data.type === 'ProjectName') {
    for (const spec of data.versionSpec ?? []) {
      const specifier = { operator: spec.data.operator.data, version: spec.data.version.data, at: part(spec.location) }
      const problem = specifierProblem(specifier.operator, specifier.version)
      if (problem) return { error: { message: problem, at: specifier.at } }
      requirement.specifiers.push(specifier)
    }
  }
  return { requirement }
}

/** Why `operator version` is not a PEP 440 specifier, if it is not. */
export function specifierProblem(operator: string, version: string): string | undefined {
  if (validRange(`${operator}${version}`)) return undefined
  if (operator === '~=' && /^\d+$/.test(version)) return `\`~=${version}\` is not a valid specifier: \`~=\` needs at least two release numbers (\`~=${version}.0\`)`
  if (version.endsWith('.*') && operator !== '==' && operator !== '!=') return `\`${operator}${version}\` is not a valid specifier: a \`.*\` wildcard works only with \`==\` and \`!=\``
  if (/[xX]$/.test(version)) return `\`${operator}${version}\` is not a valid specifier: PEP 440 has no \`x\` wildcard; write \`==${version.replace(/\.?[xX]$/, '')}.*\` or a range`
  return `\`${operator}${version}\` is not a valid PEP 440 specifier: write a version such as \`${operator}1.2\``
}

/** Parse a comma-separated PEP 440 specifier set (`>=3.9, <4`); the first problem, placed. */
export function specifierSetProblem(text: string): RequirementError | undefined {
  if (!text.trim()) return { message: 'An empty specifier: write at least a lower bound, such as `>=3.10`', at: { start: 0, end: text.length } }
  let start = 0
  for (const piece of text.split(',')) {
    const match = /^(\s*)(~=|===|==|!=|<=|>=|<|>)?\s*(.*?)\s*$/.exec(piece)!
    const at = { start: start + match[1]!.length, end: start + piece.trimEnd().length }
    start += piece.length + 1
    if (!piece.trim()) continue
    if (!match[2] && /^\d/.test(match[3]!)) return { message: `\`${piece.trim()}\` has no operator: write \`>=${match[3]}\` (or \`==${match[3]}\`)`, at }
    if (!match[2]) {
      const hint = match[3]!.startsWith('^') ? 'PEP 440 has no caret (Poetry\'s `^`): write `>=X.Y,<X+1`' : 'write an operator and a version, such as `>=3.10`'
      return { message: `\`${piece.trim()}\` is not a valid PEP 440 specifier: ${hint}`, at }
    }
    const problem = specifierProblem(match[2], match[3]!)
    if (problem) return { message: problem, at }
  }
  return undefined
}

/** Is this a PEP 440 version? */
export const isVersion = (text: string): boolean => valid(text) !== null

function syntaxError(text: string, message: string): RequirementError {
  const column = /col (\d+)/.exec(message)
  const index = column ? Math.min(Number(column[1]) - 1, text.length) : 0
  const rest = text.slice(index)
  const token = /^\s*\S+/.exec(rest)?.[0] ?? rest
  const at = { start: index, end: Math.max(index + token.length, index + 1) }
  const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(text)?.[1]
  let hint = 'write `name[extras] specifiers ; marker`, for example `httpx[http2]>=0.27 ; python_version >= "3.10"`'
  if (/^=[^=]/.test(rest)) hint = 'a single `=` is not an operator: write `==` to pin or `>=` for a minimum'
  else if (/^\s*\^/.test(rest)) hint = 'PEP 440 has no caret (`^`, Poetry\'s syntax): write `>=1.2,<2`'
  else if (index === 0) hint = 'a requirement starts with a project name'
  else if (name && /^\s+[A-Za-z0-9]/.test(text.slice(name.length)) && index <= name.length + 1) hint = 'a project name has no spaces: join the words with `-`'
  const found = token.trim() ? `at \`${token.trim()}\`` : 'at the end'
  return { message: `Invalid requirement \`${text}\` ${found}: ${hint}`, at }
}

/**
 * Syntax checks dockerfile-utils does not make: exec-form (JSON array) arguments that are not
 * valid JSON, and the flags of RUN (`--mount`, `--network`, `--security`), following BuildKit's
 * parser (frontend/dockerfile/parser/line_parsers.go, instructions/commands_runmount.go).
 */
import type { Flag, Instruction } from 'dockerfile-ast'
import { closest, flagExample, flagsOf, listOf, unknownFlag } from './diagnostics.ts'
import type { ParsedDockerfile } from './parse.ts'

/** A problem located by 0-based offsets into the snippet text. */
export interface OffsetProblem {
  message: string
  offset: number
  endOffset: number
}

/** Instructions whose arguments Docker reads as a JSON array when they look like one. */
const EXEC_FORM = new Set(['CMD', 'ENTRYPOINT', 'RUN', 'COPY', 'ADD', 'VOLUME', 'HEALTHCHECK'])

const CONSEQUENCE: Record<string, string> = {
  CMD: 'runs the whole text as one shell command (/bin/sh -c \'[…\'), which fails when the container starts',
  ENTRYPOINT: 'runs the whole text as one shell command (/bin/sh -c \'[…\'), which fails when the container starts',
  HEALTHCHECK: 'runs the whole text as one shell command, so the health check always fails',
  RUN: 'runs the whole text as one shell command, which fails during the build',
  COPY: 'splits it at spaces instead, so brackets, quotes and commas become part of the paths',
  ADD: 'splits it at spaces instead, so brackets, quotes and commas become part of the paths',
  VOLUME: 'splits it at spaces instead, so brackets, quotes and commas become part of the paths',
}

function allInstructions(parsed: ParsedDockerfile): Instruction[] {
  return [...parsed.instructions, ...parsed.onbuildTriggers]
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
}

/**
 * The arguments as Docker's parser sees them: continuation lines joined (escape character and
 * line break removed), comment and blank lines inside the instruction dropped.
 */
function joinContinuations(raw: string, escape: string): string {
  const continued = new RegExp(`^(.*?)${escapeRegExp(escape)}[ \\t]*$`)
  const lines = raw.split('\n')
  const parts: string[] = []
  lines.forEach((line, index) => {
    if (index > 0 && (line.trim() === '' || line.trimStart().startsWith('#'))) return
    const match = continued.exec(line)
    parts.push(match ? match[1]! : line)
  })
  return parts.join('').trim()
}

const OPENING_QUOTES: Record<string, string> = { '"': '"', "'": "'", '“': '”', '”': '”', '‘': '’', '’': '’' }

/**
 * Whether arguments starting with `[` were meant as a JSON array, and not as the shell's `[`
 * test (`RUN [ -f /etc/os-release ] && …`): the first element is a quoted string followed by a
 * comma, a `]` or nothing, or a bare word followed by a comma.
 */
export function looksLikeJsonArray(text: string): boolean {
  if (!text.startsWith('[')) return false
  const rest = text.slice(1).trimStart()
  if (rest === '' || rest.startsWith(']')) return true
  const close = OPENING_QUOTES[rest[0]!]
  if (close) {
    let end = -1
    for (let i = 1; i < rest.length; i++) {
      if (rest[i] === '\\') i++
      else if (rest[i] === close || (close === '”' && rest[i] === '“') || (close === '’' && rest[i] === '‘')) {
        end = i
        break
      }
    }
    if (end === -1) return true
    const after = rest.slice(end + 1).trimStart()
    return after === '' || after.startsWith(',') || after.startsWith(']')
  }
  return /^[^\s,[\]"']+\s*,/.test(rest)
}

/** Why a JSON-looking argument list does not parse, in the author's terms. */
function whyNotJson(text: string): string {
  if (/[“”‘’]/.test(text)) return 'it uses typographic quotes (“ ”), which slide and word-processing tools like to insert; JSON needs straight double quotes (")'
  if (/[[,]\s*'/.test(text)) return "it uses single quotes; JSON strings need double quotes"
  if (!/\]$/.test(text)) return text.includes(']') ? 'there is more text after the closing ]' : 'the closing ] is missing'
  if (/,\s*\]$/.test(text)) return 'it ends with a comma before the ], which JSON does not allow'
  if (/[[,]\s*[^\s"\]]/.test(text)) return 'every element must be a string in double quotes'
  if (/"(?:[^"\\]|\\.)*\\[^"\\/bfnrtu]/.test(text)) return 'a backslash inside a JSON string must be doubled (\\\\)'
  return 'it is not valid JSON'
}

/** The array the author most likely meant, if a simple repair makes it valid. */
function repaired(text: string): string | undefined {
  let fixed = text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'")
  if (!fixed.includes('"')) fixed = fixed.replace(/'/g, '"')
  fixed = fixed.replace(/,\s*\]$/, ']')
  if (!fixed.includes(']')) fixed = `${fixed.replace(/,\s*$/, '')}]`
  try {
    const value: unknown = JSON.parse(fixed)
    if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')) return JSON.stringify(value).replace(/","/g, '", "')
  } catch {
    return undefined
  }
  return undefined
}

function execFormProblem(parsed: ParsedDockerfile, instruction: Instruction): OffsetProblem | undefined {
  const keyword = instruction.getKeyword()
  if (!EXEC_FORM.has(keyword)) return undefined
  const args = instruction.getArguments()
  let first = args[0]
  if (keyword === 'HEALTHCHECK') {
    if (first?.getValue().toUpperCase() !== 'CMD') return undefined
    first = args[1]
  }
  if (!first || args.some((arg) => arg.getValue().startsWith('<<'))) return undefined
  const offset = parsed.offsetAt(first.getRange().start)
  const endOffset = parsed.offsetAt(instruction.getRange().end)
  const text = joinContinuations(parsed.text.slice(offset, endOffset), parsed.escape)
  if (!looksLikeJsonArray(text)) return undefined
  const written = keyword === 'HEALTHCHECK' ? 'HEALTHCHECK CMD' : keyword
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    const fix = repaired(text)
    const advice = fix ? `write \`${written} ${fix}\`` : 'write every element as a string in double quotes, separated by commas, inside [ ]'
    return {
      message: `${written} looks like exec form (a JSON array), but ${whyNotJson(text)}. Docker then ${CONSEQUENCE[keyword]}: ${advice}.`,
      offset,
      endOffset,
    }
  }
  if (Array.isArray(value)) {
    const bad = value.find((item) => typeof item !== 'string')
    if (bad !== undefined) {
      const quotedAll = JSON.stringify(value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)))).replace(/","/g, '", "')
      return {
        message: `${written}'s JSON array may contain only strings, but ${JSON.stringify(bad)} is not one, so Docker refuses to build: quote it, \`${written} ${quotedAll}\`.`,
        offset,
        endOffset,
      }
    }
  }
  return undefined
}

/** Exec-form arguments that look like a JSON array but are not one (of strings). */
export function execFormProblems(parsed: ParsedDockerfile): OffsetProblem[] {
  const problems: OffsetProblem[] = []
  for (const instruction of allInstructions(parsed)) {
    const problem = execFormProblem(parsed, instruction)
    if (problem) problems.push(problem)
  }
  return problems
}

const MOUNT_TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh']
const MOUNT_KEYS = ['type', 'target', 'dst', 'destination', 'source', 'src', 'from', 'id', 'sharing', 'mode', 'uid', 'gid', 'readonly', 'ro', 'readwrite', 'rw', 'required', 'size', 'env']
const BOOLEAN_KEYS = new Set(['readonly', 'ro', 'readwrite', 'rw', 'required'])
const GO_BOOLEANS = new Set(['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False'])
const NETWORK_MODES = ['default', 'none', 'host']
const SECURITY_MODES = ['sandbox', 'insecure']
const SHARING_MODES = ['shared', 'private', 'locked']

interface Field {
  key: string
  value: string | undefined
  offset: number
  endOffset: number
}

function mountProblems(flag: Flag, parsed: ParsedDockerfile): OffsetProblem[] {
  const valueRange = flag.getValueRange()
  const raw = flag.getValue()
  if (!valueRange || !raw || raw.includes('$')) return []
  let value = raw
  let start = parsed.offsetAt(valueRange.start)
  const quote = value[0]
  if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) {
    value = value.slice(1, -1)
    start += 1
  }
  // A CSV field may be quoted and hold commas; leave such values to BuildKit.
  if (/["']/.test(value)) return []
  const fields: Field[] = []
  let at = start
  for (const part of value.split(',')) {
    const eq = part.indexOf('=')
    fields.push({
      key: (eq === -1 ? part : part.slice(0, eq)).toLowerCase(),
      value: eq === -1 ? undefined : part.slice(eq + 1),
      offset: at,
      endOffset: at + part.length,
    })
    at += part.length + 1
  }
  const problems: OffsetProblem[] = []
  const report = (field: Field, message: string) => problems.push({ message, offset: field.offset, endOffset: field.endOffset })
  const typeField = fields.find((field) => field.key === 'type')
  const type = typeField?.value?.toLowerCase() ?? 'bind'
  for (const field of fields) {
    if (field.key === '' && field.value === undefined) continue
    if (!MOUNT_KEYS.includes(field.key)) {
      const suggestion = closest(field.key, MOUNT_KEYS)
      report(field, `Unknown --mount option ${field.key}: ${suggestion ? `did you mean ${suggestion}? A` : 'a'} mount takes ${listOf(['type', 'target', 'source', 'from', 'id', 'sharing', 'mode', 'uid', 'gid', 'readonly', 'required', 'size', 'env'])}.`)
      continue
    }
    if (field.value === undefined) {
      if (!BOOLEAN_KEYS.has(field.key)) report(field, `--mount option ${field.key} needs a value: write \`${field.key}=…\`, e.g. \`type=cache,target=/root/.cache/pip\`.`)
    } else if (field.key === 'type' && !MOUNT_TYPES.includes(field.value.toLowerCase())) {
      const suggestion = closest(field.value, MOUNT_TYPES)
      report(field, `Unknown mount type ${field.value}: ${suggestion ? `did you mean type=${suggestion}? Use` : 'use'} ${listOf(MOUNT_TYPES, 'or')}.`)
    } else if (BOOLEAN_KEYS.has(field.key) && !GO_BOOLEANS.has(field.value)) {
      report(field, `--mount option ${field.key} takes true or false, not ${field.value}: write \`${field.key}\` alone or \`${field.key}=false\`.`)
    } else if (field.key === 'sharing' && !SHARING_MODES.includes(field.value.toLowerCase())) {
      report(field, `Unknown cache sharing ${field.value}: use ${listOf(SHARING_MODES, 'or')}.`)
    } else if (field.key === 'mode' && !/^[0-7]+$/.test(field.value)) {
      report(field, `--mount mode must be an octal number such as 0755, not ${field.value}.`)
    } else if ((field.key === 'uid' || field.key === 'gid') && !/^\d+$/.test(field.value)) {
      report(field, `--mount ${field.key} must be a number such as 1000, not ${field.value}.`)
    }
    if (!MOUNT_TYPES.includes(type)) continue
    if (field.key === 'required' && type !== 'secret' && type !== 'ssh') report(field, `--mount option required applies only to type=secret and type=ssh, not type=${type}.`)
    if (field.key === 'size' && type !== 'tmpfs') report(field, `--mount option size applies only to type=tmpfs, not type=${type}.`)
    if (field.key === 'sharing' && type !== 'cache') report(field, `--mount option sharing applies only to type=cache, not type=${type}.`)
    if ((field.key === 'mode' || field.key === 'uid' || field.key === 'gid') && (type === 'bind' || type === 'tmpfs')) {
      report(field, `--mount option ${field.key} is not allowed for type=${type} mounts (only cache, secret and ssh).`)
    }
    if (field.key === 'from' && type === 'secret') report(field, 'A secret mount cannot have from: drop it, or use type=bind to mount files from a stage.')
  }
  return problems
}

function flagRange(parsed: ParsedDockerfile, flag: Flag, part: 'all' | 'name'): { offset: number; endOffset: number } {
  const range = flag.getRange()
  const end = part === 'name' && flag.getName() !== '' ? flag.getNameRange().end : range.end
  return { offset: parsed.offsetAt(range.start), endOffset: parsed.offsetAt(end) }
}

/** Unknown or malformed flags on RUN, which dockerfile-utils does not check. */
export function runFlagProblems(parsed: ParsedDockerfile): OffsetProblem[] {
  const labs = parsed.directives.some((directive) => directive.name === 'syntax' && /labs/.test(directive.value))
  const known = labs ? ['mount', 'network', 'security', 'device'] : ['mount', 'network', 'security']
  const problems: OffsetProblem[] = []
  for (const instruction of allInstructions(parsed)) {
    if (instruction.getKeyword() !== 'RUN') continue
    const flags = flagsOf(instruction)
    const seen = new Set<string>()
    for (const flag of flags) {
      const name = flag.getName()
      const value = flag.getValue()
      if (!known.includes(name)) {
        const message = name === 'device' ? 'RUN --device needs the labs syntax: add `# syntax=docker/dockerfile:1-labs` as the first line.' : unknownFlag('RUN', name || flag.toString())
        problems.push({ message, ...flagRange(parsed, flag, 'name') })
        continue
      }
      if (name !== 'mount' && seen.has(name)) problems.push({ message: `--${name} is given twice on RUN: keep one.`, ...flagRange(parsed, flag, 'name') })
      seen.add(name)
      if (value === null || value === '') {
        problems.push({ message: `--${name} has no value: write e.g. \`${flagExample(name)}\`.`, ...flagRange(parsed, flag, 'all') })
        continue
      }
      if (value.includes('$')) continue
      const valueRange = flag.getValueRange()!
      const place = { offset: parsed.offsetAt(valueRange.start), endOffset: parsed.offsetAt(valueRange.end) }
      if (name === 'network' && !NETWORK_MODES.includes(value)) {
        problems.push({ message: `Invalid RUN --network mode ${value}: use ${listOf(NETWORK_MODES, 'or')}.`, ...place })
      } else if (name === 'security' && !SECURITY_MODES.includes(value)) {
        problems.push({ message: `Invalid RUN --security mode ${value}: use ${listOf(SECURITY_MODES, 'or')}.`, ...place })
      } else if (name === 'mount') {
        problems.push(...mountProblems(flag, parsed))
      }
    }
  }
  return problems
}

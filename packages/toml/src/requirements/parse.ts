/**
 * requirements.txt as pip reads it: one requirement or option per line, `#` comments, `\`
 * continuations, per-requirement options (`--hash=…`). Each requirement is parsed as PEP 508.
 */
import type { Snippet } from '@deckcheck/core'
import { parseRequirement, type Requirement } from '../pep508.ts'

export interface RequirementLine {
  /** Offset of the line's content in the snippet text. */
  offset: number
  /** The requirement or option as written, comment and continuations removed. */
  text: string
  requirement?: Requirement
  /** A path, URL or `-e` line: installs exactly what it names. */
  direct?: boolean
  /** An option line such as `--index-url …` or `-r other.txt`. */
  option?: string
  error?: { message: string; start: number; end: number }
}

export interface ParsedRequirements {
  lines: RequirementLine[]
}

/** Options pip accepts on their own line in a requirements file. */
const FILE_OPTIONS = new Set([
  '-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url', '--extra-index-url', '--no-index',
  '-f', '--find-links', '--pre', '--prefer-binary', '--only-binary', '--no-binary', '--require-hashes', '--trusted-host',
  '--use-feature', '--config-settings', '--global-option',
])
/** Options pip accepts after a requirement on the same line. */
const REQUIREMENT_OPTIONS = /\s+(--hash|--config-settings|--global-option)[=\s]/

export function parseRequirements(snippet: Pick<Snippet, 'value'>): ParsedRequirements {
  const lines: RequirementLine[] = []
  const text = snippet.value
  let offset = 0
  for (const raw of text.split('\n')) {
    const start = offset
    offset += raw.length + 1
    const content = raw.replace(/(^|\s)#.*$/, '').replace(/\\$/, '').trimEnd()
    if (!content.trim()) continue
    const indent = content.length - content.trimStart().length
    const line: RequirementLine = { offset: start + indent, text: content.trim() }
    lines.push(line)
    if (line.text.startsWith('-')) {
      const option = /^(-[a-zA-Z]|--[a-z-]+)/.exec(line.text)![0]
      line.option = option
      if (option === '-e' || option === '--editable') line.direct = true
      else if (!FILE_OPTIONS.has(option)) line.error = { message: `\`${option}\` is not an option pip accepts in a requirements file: see pip's requirements file format`, start: 0, end: option.length }
      continue
    }
    if (/^(\.{0,2}\/|[a-z][a-z0-9+.-]*:\/\/|[A-Za-z]:\\)/i.test(line.text) || /\.(whl|tar\.gz|zip)$/.test(line.text)) {
      line.direct = true
      continue
    }
    const options = REQUIREMENT_OPTIONS.exec(line.text)
    const requirement = options ? line.text.slice(0, options.index) : line.text
    const parsed = parseRequirement(requirement)
    if ('requirement' in parsed) line.requirement = parsed.requirement
    else line.error = { message: parsed.error.message, start: parsed.error.at.start, end: parsed.error.at.end }
  }
  return { lines }
}

import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { Limits } from './config.ts'
import type { SnippetCache } from './language.ts'
import type { Point, Range, RuleMeta, Severity, Snippet, SnippetPlace } from './types.ts'

/** What deckcheck adds to a vfile message. */
export interface DeckcheckMessage extends VFileMessage {
  category: RuleMeta['category']
  severity: Exclude<Severity, 'off'>
  endLine?: number
  endColumn?: number
  snippet?: number
  /** Declared by `deckcheck-expect`: counts as passed. */
  declared?: boolean
}

/** Per-run state the plugins share through `file.data.deckcheck`. */
export interface DeckcheckData {
  snippets: Snippet[]
  /** Severity and options of a rule as configured (`off` when disabled). */
  setting(rule: RuleMeta): { severity: Severity; options: Record<string, unknown> }
  /** Every rule known in this run, for ids and aliases in directives. */
  rules: RuleMeta[]
  /** Reports of earlier runs by snippet content (the live check keeps one across saves). */
  cache?: SnippetCache
  limits: Limits
}

declare module 'vfile' {
  interface DataMap {
    deckcheck: DeckcheckData
  }
}

/**
 * Emit a finding of `rule` at a range of file `path` (which may differ from the deck itself).
 * `source` names the package that checked (`deckcheck-yaml`); deckcheck's own findings say `deckcheck`.
 */
export function report(file: VFile, rule: RuleMeta, path: string, range: Range, reason: string, snippet?: number, source = 'deckcheck'): void {
  const setting = file.data.deckcheck?.setting(rule) ?? { severity: rule.severity }
  if (setting.severity === 'off') return
  const message = file.message(reason, {
    place: range.end ? { start: range.start, end: range.end } : range.start,
    ruleId: rule.id,
    source,
  }) as unknown as DeckcheckMessage
  message.file = path
  message.fatal = setting.severity === 'error'
  message.severity = setting.severity
  message.category = rule.category
  if (range.end) {
    message.endLine = range.end.line
    message.endColumn = range.end.column
  }
  if (snippet !== undefined) message.snippet = snippet
}

/** Offsets at which each line of `text` starts (lines split on `\n`, as snippets are). */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/** 1-based line and column (UTF-16 code units) of a 0-based offset, given the line starts. */
export function pointAt(starts: number[], offset: number): Point {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (starts[mid]! <= offset) low = mid
    else high = mid - 1
  }
  return { line: low + 1, column: offset - starts[low]! + 1 }
}

const snippetStarts = new WeakMap<Snippet, number[]>()

/** 1-based line and column inside the snippet of a 0-based offset into its value. */
export function offsetToPoint(snippet: Snippet, offset: number): Point {
  let starts = snippetStarts.get(snippet)
  if (!starts) {
    starts = lineStarts(snippet.value)
    snippetStarts.set(snippet, starts)
  }
  return pointAt(starts, Math.max(0, Math.min(offset, snippet.value.length)))
}

/** Where a snippet-relative point lies in the file the user edits. */
export function snippetToFile(snippet: Snippet, point: Point): Point {
  const index = Math.max(0, Math.min(point.line - 1, snippet.lines.length - 1))
  const base = snippet.lines[index]!
  return { line: base.line, column: base.column + Math.max(1, point.column) - 1 }
}

/** The file range of a place inside a snippet; no place means the whole fence. */
export function placeInFile(snippet: Snippet, place: SnippetPlace | undefined): Range {
  if (!place) return snippet.origin === 'import' ? { start: snippet.lines[0] ?? snippet.range.start } : snippet.range
  if ('offset' in place) {
    const start = snippetToFile(snippet, offsetToPoint(snippet, place.offset))
    const end = place.endOffset === undefined ? undefined : snippetToFile(snippet, offsetToPoint(snippet, place.endOffset))
    return { start, end }
  }
  const start = snippetToFile(snippet, place)
  const end = place.endLine === undefined ? undefined : snippetToFile(snippet, { line: place.endLine, column: place.endColumn ?? 1 })
  return { start, end }
}

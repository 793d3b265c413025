import type { Snippet } from '@deckcheck/core'
import type { Mermaid } from 'mermaid'
import { loadMermaid } from './load.ts'
import { type ParserText, originOf, parserText, textOffset } from './source.ts'

export interface MermaidProblem {
  /** `type`: no diagram type matches the first word; `empty`: there is no diagram at all. */
  kind: 'syntax' | 'type' | 'empty' | 'front-matter'
  /** Mermaid's own reason, on one line, without the excerpt and pointer it prints. */
  reason: string
  /** The first word of the diagram as written: its type (`flowchart`, `sequenceDiagram`, or a typo). */
  keyword: string
  /** 0-based into the snippet. */
  offset: number
  endOffset?: number
}

export interface ParsedMermaid {
  /** Mermaid's name for the diagram type (`flowchart-v2`, `sequence`, …) when it parsed. */
  diagramType?: string
  problem?: MermaidProblem
}

/** Diagram types whose parser reads the `%%` comments that mermaid strips for all others. */
const KEEP_COMMENTS = new Set(['agentflow', 'eventmodeling'])

/** Parse with mermaid itself, as Slidev renders it: mermaid 12, `mermaid.parse` with its defaults. */
export async function parseMermaid(snippet: Snippet): Promise<ParsedMermaid> {
  const mermaid = await loadMermaid()
  try {
    const { diagramType } = await mermaid.parse(snippet.value)
    return { diagramType }
  } catch (error) {
    return { problem: toProblem(error, snippet.value, mermaid) }
  }
}

function toProblem(error: unknown, value: string, mermaid: Mermaid): MermaidProblem {
  const type = detectType(mermaid, value)
  const source = parserText(value, { keepComments: KEEP_COMMENTS.has(type), flowchart: type.startsWith('flowchart') })
  const keyword = /^\S*/.exec(source.text)![0]
  // Without a better clue, the diagram's first line: its type.
  const start = originOf(source, 0)
  const problem = (kind: MermaidProblem['kind'], reason: string, place: Place = { offset: start }): MermaidProblem => ({
    kind,
    reason,
    keyword,
    offset: place.offset,
    ...(place.endOffset !== undefined && place.endOffset > place.offset && { endOffset: place.endOffset }),
  })
  const { name, message = String(error) } = (error ?? {}) as { name?: string; message?: string }

  if (name === 'UnknownDiagramError') {
    if (!keyword) return problem('empty', 'there is no diagram', { offset: 0 })
    return problem('type', message, { offset: start, endOffset: originOf(source, keyword.length - 1) + 1 })
  }
  if (name === 'YAMLException') {
    const { reason, mark } = error as { reason?: string; mark?: { position?: number } }
    const offset = Math.min((source.frontMatterBody ?? 0) + (mark?.position ?? 0), start)
    return problem('front-matter', reason ?? message, { offset })
  }
  const langium = langiumError(error, source, value)
  if (langium) return problem('syntax', langium.reason, langium)
  if (/^(Parse|Lexical) error on line \d+/.test(message)) {
    return problem('syntax', jisonReason(message), jisonPlace(message, (error as { hash?: JisonHash }).hash, source))
  }
  // Errors thrown while building the diagram ("Trying to inactivate an inactive participant")
  // carry no position, or a made-up one.
  return problem('syntax', message.split('\n')[0]!.replace(/\.$/, ''))
}

interface Place {
  offset: number
  endOffset?: number
}

function detectType(mermaid: Mermaid, value: string): string {
  try {
    return mermaid.detectType(value)
  } catch {
    return ''
  }
}

interface JisonHash {
  /** 0-based line the lexer is on. */
  line?: number
  /** Where the last token the parser accepted lies: 1-based lines, 0-based columns. */
  loc?: { first_line: number; first_column: number; last_line: number; last_column: number }
}

/**
 * Mermaid's jison parsers (flowchart, sequence, class, state, er, gantt, …) report where the last
 * token they accepted lies; the offending one follows it. When that token runs over several lines,
 * it is usually an unclosed label that swallowed the rest, and its start is the clue; unless it is
 * just line breaks with more diagram after them.
 */
function jisonPlace(message: string, hash: JisonHash | undefined, source: ParserText): Place {
  const { text } = source
  const loc = hash?.loc
  if (!loc) {
    const line = typeof hash?.line === 'number' ? hash.line + 1 : Number(/on line (\d+)/.exec(message)![1])
    return { offset: originOf(source, skipSpaces(text, textOffset(source, line, 0))) }
  }
  const from = textOffset(source, loc.first_line, loc.first_column)
  const to = textOffset(source, loc.last_line, loc.last_column)
  const blank = (part: string) => part.trim() === ''
  if (loc.first_line !== loc.last_line && !(blank(text.slice(from, to)) && !blank(text.slice(to)))) {
    return { offset: originOf(source, from), endOffset: originOf(source, to) }
  }
  return { offset: originOf(source, skipSpaces(text, to)) }
}

function skipSpaces(text: string, offset: number): number {
  while (text[offset] === ' ' || text[offset] === '\t') offset++
  return offset
}

/** "Parse error on line 3:\n…excerpt…\n----^\nExpecting 'A', 'B', got 'C'" → "Expecting 'A', 'B', got 'C'". */
function jisonReason(message: string): string {
  const lines = message.split('\n')
  const pointer = lines.findIndex((line) => /^-*\^$/.test(line))
  const head = lines[0]!.replace(/^(Parse|Lexical) error on line \d+[:.]?\s*/, '')
  const reason = [head, ...(pointer === -1 ? lines.slice(1) : lines.slice(pointer + 1))].join(' ').trim()
  // Jison names the end of the input by its symbol number.
  return shorten(reason.replace(/\.$/, '') || 'unexpected text').replace(/got '1'$/, 'got the end of the diagram')
}

/** Keep the first few of jison's expected tokens: flowcharts list fifteen or more. */
function shorten(reason: string): string {
  return reason.replace(/^Expecting ((?:'[^']*', ){5})(?:'[^']*', )+/, 'Expecting $1…, ')
}

interface LangiumToken {
  startOffset: number
  endOffset: number
}

interface LangiumResult {
  lexerErrors?: { offset: number; length: number; message: string }[]
  parserErrors?: { message: string; token: LangiumToken; previousToken?: LangiumToken }[]
}

/**
 * Mermaid's langium parsers (info, pie, gitGraph, architecture, packet, radar, treemap, …) throw
 * a `MermaidParseError` whose `result` holds chevrotain's lexer and parser errors, with offsets.
 * The first lexer error is the cause of the parser errors that follow it.
 */
function langiumError(error: unknown, source: ParserText, value: string): (Place & { reason: string }) | undefined {
  const result = (error as { result?: LangiumResult }).result
  const lexed = result?.lexerErrors?.[0]
  if (lexed) {
    const offset = originOf(source, lexed.offset)
    const endOffset = originOf(source, lexed.offset + lexed.length)
    return { reason: `unexpected text '${value.slice(offset, endOffset)}'`, offset, endOffset }
  }
  const parsed = result?.parserErrors?.[0]
  if (!parsed) return undefined
  const { token, previousToken } = parsed
  // At the end of the input chevrotain's token is EOF, with NaN offsets.
  const start = Number.isFinite(token.startOffset) ? token.startOffset : previousToken ? previousToken.endOffset + 1 : source.text.length - 1
  const end = Number.isFinite(token.endOffset) ? token.endOffset + 1 : start
  const reason = parsed.message
    .replace(/(['`])\n\1/g, 'the end of the line')
    .replace(/(['`])\1/g, 'the end of the diagram')
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '')
  return { reason, offset: originOf(source, start), endOffset: originOf(source, end) }
}

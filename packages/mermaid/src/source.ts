/**
 * Mermaid does not parse the text it is given: it first strips front matter, `%%{…}%%` directives,
 * `%%` comment lines and leading blank lines, encodes entities and appends a newline
 * (`preprocessDiagram` and `Diagram.fromText` in mermaid 12). Its error positions are in that
 * text. Replaying the same edits here, while remembering where each character came from, maps
 * them back to the snippet; a mermaid release that edits differently only makes positions fuzzy.
 */

/** The text mermaid's diagram parser reads, and the snippet offset of each of its characters. */
export interface ParserText {
  text: string
  /** `origin[i]` is the snippet offset of `text[i]`; one more entry for the end of the text. */
  origin: number[]
  /** Snippet offset where the YAML inside the front matter starts, if there is front matter. */
  frontMatterBody?: number
}

export interface ParserTextOptions {
  /** A few diagram types (agentflow, eventmodeling) parse with their `%%` comments kept. */
  keepComments?: boolean
  /** The flowchart parser also drops blank lines after a `}`. */
  flowchart?: boolean
}

// Mermaid's own patterns, from src/diagram-api/regexes.ts, comments.ts and utils.ts.
const FRONT_MATTER = /^([^\S\n]*)---\s*\n([\s\S]*?)\n\1---[^\S\n]*\n(?:[^\S\n]*\n)*/d
const DIRECTIVE = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi
const COMMENT_LINE = /^\s*%%(?!{)[^\n]+\n?/gm
const LEADING_SPACE = /^\s+/g
const STYLE_SEMICOLON = /(?:style|classDef).*:\S*#.*;/g
const ENTITY = /#\w+;/g

export function parserText(value: string, options: ParserTextOptions = {}): ParserText {
  const frontMatter = FRONT_MATTER.exec(value)
  const skip = frontMatter?.[0].length ?? 0
  let source: ParserText = { text: value.slice(skip), origin: Array.from({ length: value.length + 1 - skip }, (_, i) => skip + i) }
  source = edit(source, DIRECTIVE, () => '')
  if (!options.keepComments) source = edit(edit(source, COMMENT_LINE, () => ''), LEADING_SPACE, () => '')
  source = edit(source, STYLE_SEMICOLON, (s) => s.slice(0, -1))
  source = edit(source, ENTITY, (s) => `ﬂ°${/^#\+?\d+;$/.test(s) ? '°' : ''}${s.slice(1, -1)}¶ß`)
  if (options.flowchart) source = edit(source, /}\s*\n/g, () => '}\n')
  const end = value.length
  const body = frontMatter?.indices?.[2]?.[0]
  return { text: `${source.text}\n`, origin: source.origin.slice(0, -1).concat(end, end), ...(body !== undefined && { frontMatterBody: body }) }
}

/** Offset into the parser text of a 1-based line and 0-based column, clamped into the text. */
export function textOffset(source: ParserText, line: number, column: number): number {
  const lines = source.text.split('\n')
  const index = Math.max(0, Math.min(line - 1, lines.length - 1))
  let start = 0
  for (let i = 0; i < index; i++) start += lines[i]!.length + 1
  return start + Math.max(0, Math.min(column, lines[index]!.length))
}

/** Snippet offset of an offset into the parser text. */
export function originOf(source: ParserText, offset: number): number {
  return source.origin[Math.max(0, Math.min(offset, source.origin.length - 1))]!
}

/**
 * Replace every match of a global `pattern`, keeping track of origins: the i-th character of a
 * replacement comes from the i-th character of the match (or its last, if the replacement is longer).
 */
function edit(source: ParserText, pattern: RegExp, replace: (match: string) => string): ParserText {
  let text = ''
  let origin: number[] = []
  let last = 0
  for (const match of source.text.matchAll(pattern)) {
    const out = replace(match[0])
    text += source.text.slice(last, match.index) + out
    origin = origin.concat(source.origin.slice(last, match.index), Array.from(out, (_, i) => source.origin[match.index + Math.min(i, match[0].length - 1)]!))
    last = match.index + match[0].length
  }
  return { text: text + source.text.slice(last), origin: origin.concat(source.origin.slice(last)) }
}

/**
 * A light scan of TOML text up to an error, to say *where* a parser error belongs: the string an
 * "unterminated string" opened, the bracket an "unterminated array" left open, the key a "missing
 * value" follows. It relies on the text before the error being lexically valid, which it is: the
 * parser got that far.
 */

export interface ScanContext {
  /** The string that is still open at `upto` (or that `upto` falls inside). */
  string?: { start: number; delimiter: string }
  /** Offsets of the `[` and `{` still open at `upto`, innermost last. */
  open: number[]
  /** End offset of the last character before `upto` that is not whitespace, a line break or a comment; 0 if none. */
  lastEnd: number
  /** Offset where the statement holding `lastEnd` starts: a key/value pair, a table header, or a pair inside an inline table. */
  statementStart: number
  /** True when `upto` falls inside a comment. */
  comment: boolean
  /** True when `upto` is where a new statement would begin (start of a line, or after `{` or `,` in an inline table). */
  expectingStatement: boolean
}

const BREAKS = new Set([' ', '\t', '\n', '\r'])

export function scan(text: string, upto: number): ScanContext {
  const open: number[] = []
  let lastEnd = 0
  let statementStart = 0
  let expectStatement = true
  let i = 0
  const significant = (at: number) => {
    if (expectStatement) {
      statementStart = at
      expectStatement = false
    }
  }
  while (i < upto) {
    const c = text[i]!
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++
      if (i >= upto) return { open, lastEnd, statementStart, comment: true, expectingStatement: false }
      continue
    }
    if (BREAKS.has(c)) {
      if (c === '\n' && open.length === 0) expectStatement = true
      i++
      continue
    }
    if (c === '"' || c === "'") {
      significant(i)
      const start = i
      const triple = text.startsWith(c.repeat(3), i)
      const end = stringEnd(text, i, c, triple)
      if (end === undefined || end > upto) return { string: { start, delimiter: triple ? c.repeat(3) : c }, open, lastEnd, statementStart, comment: false, expectingStatement: false }
      i = end
      lastEnd = i
      continue
    }
    significant(i)
    if (c === '[' || c === '{') open.push(i)
    else if (c === ']' || c === '}') open.pop()
    i++
    lastEnd = i
    if (c === '{' || (c === ',' && text[open.at(-1) ?? -1] === '{')) expectStatement = true
  }
  return { open, lastEnd, statementStart, comment: false, expectingStatement: expectStatement }
}

/** Offset just past the closing delimiter of the string opened at `start`, or undefined if it never closes. */
function stringEnd(text: string, start: number, quote: string, triple: boolean): number | undefined {
  let i = start + (triple ? 3 : 1)
  while (i < text.length) {
    const c = text[i]!
    if (quote === '"' && c === '\\') {
      i += 2
      continue
    }
    if (triple && text.startsWith(quote.repeat(3), i)) {
      i += 3
      // Up to two more quotes belong to the content: `"""a""""` is `a"`.
      for (let extra = 0; extra < 2 && text[i] === quote; extra++) i++
      return i
    }
    if (!triple && c === quote) return i + 1
    if (!triple && c === '\n') return undefined
    i++
  }
  return undefined
}

/** Characters that can belong to one value or bare key as written (numbers, dates, words). */
function isWordChar(c: string | undefined): boolean {
  return c !== undefined && !/[\s,[\]{}#="']/.test(c)
}

/**
 * The run of value-like characters around `index` (`1__0`, `1979-02-30`, `NaN`), taking a date
 * and a time separated by a space as one word. A single character when `index` sits on punctuation.
 */
export function wordAt(text: string, index: number): { start: number; end: number; word: string } {
  let start = Math.min(index, text.length)
  while (start > 0 && isWordChar(text[start - 1])) start--
  let end = index
  while (end < text.length && isWordChar(text[end])) end++
  if (start === end) end = Math.min(text.length, start + 1)
  if (/^\d{2}:/.test(text.slice(start, end)) && /\d{4}-\d{2}-\d{2} $/.test(text.slice(Math.max(0, start - 11), start))) start -= 11
  return { start, end, word: text.slice(start, end) }
}

/**
 * toml-eslint-parser stops at the first key defined twice, without the AST and without saying
 * where the first definition was. To name it (and to keep an AST for later rules), the document is
 * parsed again with each reported duplicate key part renamed to a fresh name, until it parses;
 * the AST is then given back its original names and positions. A syntax error ends the attempt.
 */
import { lineStarts } from '@deckcheck/core'
import { type AST, ParseError, parseTOML, traverseNodes } from 'toml-eslint-parser'
import { errorCode } from './diagnose.ts'

/**
 * TOML 1.0, as Python's tomllib reads pyproject.toml. toml-eslint-parser defaults to 1.1, which
 * would accept newlines and trailing commas in inline tables, `\e` and `\xHH` escapes and times
 * without seconds.
 */
export const PARSER_OPTIONS = { tomlVersion: '1.0.0' } as const

/** A parse error with its offset in the original text. */
export interface SyntaxFailure {
  message: string
  index: number
}

export type TolerantResult =
  | { ast: AST.TOMLProgram; renamed: boolean }
  | { error: SyntaxFailure }

interface Rename {
  at: number
  oldLength: number
  newLength: number
  /** The key part's source text, and its name once quotes and escapes are resolved. */
  source: string
  name: string
  replacement: string
  replacementName: string
}

/** Enough attempts for any snippet; past them the first duplicate is reported without the AST. */
const MAX_RENAMES = 500

export function parseTolerant(original: string): TolerantResult {
  let text = original
  const renames: Rename[] = []
  let first: SyntaxFailure | undefined
  for (let attempt = 0; attempt <= MAX_RENAMES; attempt++) {
    try {
      const ast = parseTOML(text, PARSER_OPTIONS)
      if (renames.length > 0) restore(ast, original, renames)
      return { ast, renamed: renames.length > 0 }
    } catch (error) {
      if (!(error instanceof ParseError)) throw error
      const failure = { message: error.message, index: toOriginal(error.index, renames) }
      first ??= failure
      const part = errorCode(error) === 'dupe-keys' ? keyPartAt(text, error.index) : undefined
      if (!part) return { error: failure }
      const replacementName = freshName(original, text, renames.length)
      const quote = part.source[0] === '"' || part.source[0] === "'" ? part.source[0] : ''
      const replacement = `${quote}${replacementName}${quote}`
      renames.push({ at: error.index, oldLength: part.source.length, newLength: replacement.length, source: part.source, name: part.name, replacement, replacementName })
      text = text.slice(0, error.index) + replacement + text.slice(error.index + part.source.length)
    }
  }
  return { error: first! }
}

/** The key part (bare or quoted) that starts at `at`, with its name. */
function keyPartAt(text: string, at: number): { source: string; name: string } | undefined {
  const c = text[at]
  let end: number
  if (c === '"') {
    end = at + 1
    while (end < text.length && text[end] !== '"' && text[end] !== '\n') end += text[end] === '\\' ? 2 : 1
    end++
  } else if (c === "'") {
    end = text.indexOf("'", at + 1) + 1
  } else {
    const bare = /[A-Za-z0-9_-]+/y
    bare.lastIndex = at
    if (!bare.test(text)) return undefined
    end = bare.lastIndex
  }
  if (end <= at) return undefined
  const source = text.slice(at, end)
  if (c !== '"' && c !== "'") return { source, name: source }
  try {
    const program = parseTOML(`${source} = 0`, PARSER_OPTIONS)
    const pair = program.body[0].body[0]
    if (pair?.type !== 'TOMLKeyValue' || pair.key.keys.length !== 1) return undefined
    const key = pair.key.keys[0]!
    return { source, name: key.type === 'TOMLQuoted' ? key.value : key.name }
  } catch {
    return undefined
  }
}

function freshName(original: string, text: string, index: number): string {
  for (let n = index; ; n++) {
    const name = `deckcheck-renamed-${n}`
    if (!original.includes(name) && !text.includes(name)) return name
  }
}

/** An offset in the renamed text, back in the original. */
function toOriginal(offset: number, renames: Rename[]): number {
  let result = offset
  for (let index = renames.length - 1; index >= 0; index--) {
    const rename = renames[index]!
    if (result >= rename.at + rename.newLength) result += rename.oldLength - rename.newLength
    else if (result > rename.at) result = rename.at + rename.oldLength
  }
  return result
}

/** Give the AST of the renamed text the original names, ranges and locations. */
function restore(ast: AST.TOMLProgram, original: string, renames: Rename[]): void {
  const starts = lineStarts(original)
  const position = (offset: number) => {
    let line = 0
    while (line + 1 < starts.length && starts[line + 1]! <= offset) line++
    return { line: line + 1, column: offset - starts[line]! }
  }
  const names = new Map(renames.map((rename) => [rename.replacementName, rename]))
  const sources = new Map(renames.map((rename) => [rename.replacement, rename]))
  const relocate = (item: { range: [number, number]; loc: AST.SourceLocation }) => {
    const range: [number, number] = [toOriginal(item.range[0], renames), toOriginal(item.range[1], renames)]
    item.range = range
    item.loc = { start: position(range[0]), end: position(range[1]) }
  }
  traverseNodes(ast, {
    enterNode(node) {
      relocate(node)
      if (node.type === 'TOMLBare') node.name = names.get(node.name)?.name ?? node.name
      else if (node.type === 'TOMLQuoted') node.value = names.get(node.value)?.name ?? node.value
      else if (node.type === 'TOMLTable') node.resolvedKey = node.resolvedKey.map((key) => (typeof key === 'string' ? (names.get(key)?.name ?? key) : key))
    },
    leaveNode() {},
  })
  for (const token of ast.tokens) {
    relocate(token)
    const rename = sources.get(token.value)
    if (!rename) continue
    token.value = rename.source
    if ('string' in token) token.string = rename.name
  }
  ast.comments.forEach(relocate)
}

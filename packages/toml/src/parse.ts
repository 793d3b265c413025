import { lineStarts, pointAt, type Snippet } from '@deckcheck/core'
import { type AST, getStaticTOMLValue, traverseNodes } from 'toml-eslint-parser'
import { findConflicts } from './conflicts.ts'
import { type Diagnosis, diagnose } from './diagnose.ts'
import { type Located, locate } from './located.ts'
import { findRequirements, type PyprojectTables, pyprojectTables, type RequirementSite } from './pyproject.ts'
import { parseTolerant } from './tolerant.ts'

export type { AST } from 'toml-eslint-parser'

/** A TOML 1.0 error in a snippet. */
export interface TomlError {
  /**
   * What is wrong. toml-eslint-parser's code for syntax errors (`unterminated-string`,
   * `invalid-char-in-escape-sequence`, `invalid-leading-zero`, …); deckcheck's own for what it
   * checks itself: `duplicate-key`, `duplicate-table`, `table-defined-by-dotted-keys`,
   * `dotted-key-reopens-table`, `closed-value-extended`, `value-as-table`, `table-redefines-value`,
   * `array-of-tables-redefines-table`, `table-redefines-array-of-tables`, `array-of-tables-extends-array`,
   * `dotted-key-extends-array-of-tables`, `integer-out-of-range`, `year-zero`, `leap-second`,
   * `lone-carriage-return`.
   */
  code: string
  /** What is wrong and what to do, as shown to the reader. */
  message: string
  /** 0-based offsets into the snippet text; the end is exclusive. */
  offset: number
  endOffset: number
  /** 1-based line and column of `offset`, relative to the snippet, in UTF-16 code units. */
  line: number
  column: number
  /** For a key or table defined twice: the earlier definition it clashes with. */
  previous?: { offset: number; endOffset: number; line: number; column: number }
}

/** A TOML value as plain data. Integers are numbers: read a node's `bigint` when they may exceed 2^53. */
export type TomlValue = string | number | boolean | Date | TomlValue[] | TomlTable
export interface TomlTable {
  [key: string]: TomlValue
}

/** A TOML snippet parsed once, for every rule of the language. */
export interface ParsedToml {
  /** The text parsed (the snippet's value, `\n` line endings). */
  text: string
  /**
   * toml-eslint-parser's AST: every table header, key part and value with its `range` (0-based
   * offsets into `text`, end exclusive) and `loc` (1-based lines, 0-based columns, ESLint's
   * convention). Present whenever the text is well-formed, even when it defines a key twice (the
   * AST then holds both definitions) or has an integer out of range; absent after a syntax error.
   * `TOMLTable.resolvedKey` is the table's full path, array-of-tables indexes included.
   */
  ast?: AST.TOMLProgram
  /** The document as plain data: present only when `errors` is empty. */
  value?: TomlTable
  /** Every TOML 1.0 error found, in document order; `toml/syntax` reports them. */
  errors: TomlError[]
  /** The document with the place of every key and value: present with `value`. */
  document?: Located
  /** pyproject.toml's standard tables, located (empty when the document is not valid). */
  tables: PyprojectTables
  /** Every PEP 508 requirement of those tables, parsed once. */
  requirements: RequirementSite[]
}

/** Parse a TOML snippet as TOML 1.0 (what Python's tomllib reads), once for every rule. */
export function parseToml(snippet: Pick<Snippet, 'value' | 'lines'>): ParsedToml {
  // Messages that mention another line ("already defined on line 7") use the file's numbering.
  return parseTomlText(snippet.value, { lineNumber: (line) => snippet.lines[line - 1]?.line ?? line })
}

export interface ParseOptions {
  /** The line number to show in messages for a 1-based line of the text; the text's own by default. */
  lineNumber?: (line: number) => number
}

/** Parse TOML text as TOML 1.0; positions in the result are relative to `text`. */
export function parseTomlText(text: string, options: ParseOptions = {}): ParsedToml {
  const lineNumber = options.lineNumber ?? ((line: number) => line)
  const starts = lineStarts(text)
  const diagnoses: (Diagnosis & { previous?: { offset: number; endOffset: number } })[] = []
  const loneCR = /\r(?!\n)/.exec(text)?.index
  const result = parseTolerant(text)
  let ast: AST.TOMLProgram | undefined
  if (loneCR !== undefined && ('error' in result ? loneCR <= result.error.index : true)) {
    // toml-eslint-parser reads a lone CR as a line break; TOML 1.0 (and tomllib) accept only LF and CRLF.
    diagnoses.push({
      code: 'lone-carriage-return',
      message: 'A carriage return (\\r) without a line feed is not a line break in TOML: use LF or CRLF line endings.',
      offset: loneCR,
      endOffset: loneCR + 1,
    })
  } else if ('error' in result) {
    diagnoses.push(diagnose(text, result.error, lineNumber))
    // Keys defined twice before the syntax error are errors too: check the complete lines above it.
    const prefix = text.slice(0, starts[pointAt(starts, result.error.index).line - 1])
    const before = prefix.trim() ? parseTolerant(prefix) : undefined
    if (before && 'ast' in before) diagnoses.push(...findConflicts(before.ast, prefix, starts, lineNumber))
  } else {
    ast = result.ast
    diagnoses.push(...findConflicts(ast, text, starts, lineNumber), ...valueErrors(ast))
  }
  diagnoses.sort((a, b) => a.offset - b.offset)
  const errors = diagnoses.map(({ code, message, offset, endOffset, previous }): TomlError => {
    const error: TomlError = { code, message, offset, endOffset, ...pointAt(starts, offset) }
    if (previous) error.previous = { ...previous, ...pointAt(starts, previous.offset) }
    return error
  })
  const parsed: ParsedToml = { text, errors, tables: {}, requirements: [] }
  if (ast) parsed.ast = ast
  if (ast && errors.length === 0) {
    parsed.value = getStaticTOMLValue(ast) as TomlTable
    parsed.document = locate(ast, parsed.value, text)
    parsed.tables = pyprojectTables(parsed.document)
    parsed.requirements = findRequirements(parsed.tables, text)
  }
  return parsed
}

const MIN_INTEGER = -(2n ** 63n)
const MAX_INTEGER = 2n ** 63n - 1n

/**
 * What the tokenizer lets through but a TOML 1.0 reader must reject: integers beyond 64 bits
 * (the spec requires an error). Also two dates that Python's tomllib rejects, since deckcheck
 * checks what a pyproject.toml reader accepts: year 0000 (the first year is 0001, as toml-test
 * also holds) and a leap second (`:60`, which RFC 3339 allows only at real leap seconds).
 */
function valueErrors(ast: AST.TOMLProgram): Diagnosis[] {
  const found: Diagnosis[] = []
  traverseNodes(ast, {
    enterNode(node) {
      if (node.type !== 'TOMLValue') return
      const at = { offset: node.range[0], endOffset: node.range[1] }
      if (node.kind === 'integer' && (node.bigint < MIN_INTEGER || node.bigint > MAX_INTEGER)) {
        found.push({
          code: 'integer-out-of-range',
          message: 'Integer out of range: TOML integers are 64-bit (−9223372036854775808 to 9223372036854775807) and a larger one must be rejected; write it as a string or a float.',
          ...at,
        })
      } else if (node.kind !== 'integer' && node.kind !== 'float' && node.kind !== 'string' && node.kind !== 'boolean') {
        if (/^0000-/.test(node.datetime)) {
          found.push({ code: 'year-zero', message: "Invalid date: there is no year 0000, the first is 0001 (Python's tomllib rejects it).", ...at })
        } else if (/^(\d{4}-\d{2}-\d{2}[Tt ])?\d{2}:\d{2}:60/.test(node.datetime)) {
          found.push({ code: 'leap-second', message: "Invalid time: Python's tomllib rejects a leap second (:60) even where RFC 3339 allows one; write :59.", ...at })
        }
      }
    },
    leaveNode() {},
  })
  return found
}

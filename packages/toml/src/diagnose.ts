/**
 * Turn a toml-eslint-parser error into a deckcheck one: a message that says what is wrong and
 * what to do, placed where the reader has to act (the opening quote of an unterminated string, the
 * key that lacks a value, the whole invalid number) rather than where the tokenizer gave up.
 */
import { scan, type ScanContext, wordAt } from './scan.ts'

/** An error before it is given a line and column. */
export interface Diagnosis {
  code: string
  message: string
  offset: number
  endOffset: number
}

/**
 * toml-eslint-parser 1.x messages by code. Its `ParseError` carries only the message, so the code
 * is recovered from it; a message missing here (a newer parser) still yields a finding.
 */
const CODES: Record<string, string> = {
  'Unterminated string constant': 'unterminated-string',
  'Unterminated table-key': 'unterminated-table-key',
  'Unterminated array': 'unterminated-array',
  'Unterminated inline table': 'unterminated-inline-table',
  'Empty bare keys are not allowed': 'missing-key',
  'Must be a newline': 'missing-newline',
  'Expected equal (=) token': 'missing-equals-sign',
  'Unspecified values are invalid': 'missing-value',
  'Expected comma (,) token': 'missing-comma',
  'Defining a key multiple times is invalid': 'dupe-keys',
  'Unexpected character': 'unexpected-char',
  'Unexpected token': 'unexpected-token',
  'Control characters (codes < 0x1f and 0x7f) are not allowed': 'invalid-control-character',
  'The key, equals sign, and value must be on the same line': 'invalid-key-value-newline',
  'No newlines are allowed between the curly braces unless they are valid within a value': 'invalid-inline-table-newline',
  'Underscores are allowed between digits': 'invalid-underscore',
  'Unexpected spaces': 'invalid-space',
  'Three or more quotes are not permitted': 'invalid-three-quotes',
  'Unexpected invalid date': 'invalid-date',
  'Unexpected invalid time': 'invalid-time',
  'Leading zeros are not allowed': 'invalid-leading-zero',
  'Trailing comma is not permitted in an inline table': 'invalid-trailing-comma-in-inline-table',
  'Invalid character in escape sequence': 'invalid-char-in-escape-sequence',
  'Consecutive dots are not permitted in keys': 'invalid-consecutive-dots-in-key',
  'Keys cannot end with a dot': 'invalid-trailing-dot-in-key',
  'Keys cannot start with a dot': 'invalid-leading-dot-in-key',
}

/** The toml-eslint-parser error code of a parse error (`unterminated-string`, `dupe-keys`, …). */
export function errorCode(error: { message: string }): string {
  if (/^Invalid code point .* within comments$/.test(error.message)) return 'invalid-comment-character'
  if (/^Invalid code point /.test(error.message)) return 'invalid-code-point'
  return CODES[error.message] ?? 'unknown'
}

/** Why a TOML 1.1 addition is an error here. */
const TOML_11 = "new in TOML 1.1, and Python's tomllib (which reads pyproject.toml) implements TOML 1.0"

/** A character as a reader can find it: itself, or its code point when invisible. */
function shown(c: string | undefined): string {
  if (c === undefined || c === '') return 'the end of the text'
  const cp = c.codePointAt(0)!
  if (cp <= 0x20 || cp === 0x7f || (cp >= 0x80 && cp <= 0xa0) || cp === 0x2028 || cp === 0x2029 || cp === 0xfeff) return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
  return `\`${String.fromCodePoint(cp)}\``
}

/** What the parser met at `at`: the whole word (`backend`), or the character. */
function found(text: string, at: number): string {
  const { start, word } = wordAt(text, at)
  return start === at && word.length > 1 ? quoted(word) : shown(text[at])
}

function quoted(text: string): string {
  return text.includes('`') ? `"${text}"` : `\`${text}\``
}

/** A parser error (message and offset into `text`) as a deckcheck diagnosis. */
export function diagnose(text: string, error: { message: string; index: number }, lineNumber: (line: number) => number = (line) => line): Diagnosis {
  const code = errorCode(error)
  const at = error.index
  const context = scan(text, at)
  const make = (message: string, offset = at, endOffset = offset + 1): Diagnosis => ({
    code,
    message,
    offset,
    endOffset: Math.max(offset, Math.min(endOffset, text.length)),
  })
  // A value missing after `=` shows as whatever the parser met on the next line.
  if (text[context.lastEnd - 1] === '=' && context.string === undefined && text.slice(context.lastEnd, at).includes('\n')) {
    return unfinishedStatement(text, at, context, make)
  }
  switch (code) {
    case 'unterminated-string': {
      const string = context.string
      if (!string) return make('Unterminated string: close it with the quote it opened with.')
      const { start, delimiter } = string
      if (delimiter.length === 3) return make(`Unterminated multi-line string: close it with ${delimiter}.`, start, start + 3)
      const more = delimiter === '"' ? '"""' : "'''"
      return make(`Unterminated string: close it with ${delimiter} on the same line (a string that spans lines needs ${more}).`, start, at)
    }
    case 'invalid-char-in-escape-sequence':
      return escapeError(text, at, make)
    case 'invalid-code-point': {
      const digits = /^Invalid code point (\S+)/.exec(error.message)?.[1] ?? ''
      const start = Math.max(0, at - digits.length - 1)
      const escape = text.slice(start, at + 1)
      return make(`${quoted(escape)} is not a Unicode scalar value (surrogates D800–DFFF and code points above 10FFFF are not allowed): write the character itself or a valid escape.`, start, at + 1)
    }
    case 'invalid-control-character': {
      const where = context.comment ? 'in a comment' : context.string ? 'in a string' : 'in TOML text'
      const hex = text.codePointAt(at)!.toString(16).toUpperCase().padStart(4, '0')
      const fix = context.string?.delimiter.startsWith('"') ? `write it as the escape \`\\u${hex}\`` : 'remove it'
      return make(`Control character U+${hex} is not allowed ${where}: ${fix}.`)
    }
    case 'invalid-three-quotes': {
      const quote = text[at] ?? '"'
      const fix = quote === '"' ? 'escape one of them (\\")' : 'use a multi-line basic string ("""…""") and escape one of them'
      return make(`Too many ${quote} in a row: three end a multi-line string and at most two more may come right before them; ${fix}.`, at, at + 3)
    }
    case 'missing-key':
      return make('Table header without a name: write the table name between the brackets, `[name]`.', Math.max(0, context.lastEnd - 1), at + 1)
    case 'invalid-leading-dot-in-key':
      return make('A key cannot start with a dot: remove it, or quote a key part that contains a dot (`"a.b"`).')
    case 'invalid-trailing-dot-in-key':
      return make('A key cannot end with a dot: remove it, or add the missing key part after it.')
    case 'invalid-consecutive-dots-in-key':
      return make('Two dots in a row in a key: remove one, or add the missing key part between them.', at, at + 2)
    case 'invalid-space':
      return make('An array of tables is opened with `[[` and closed with `]]`, without spaces between the brackets: write `[[name]]`.')
    case 'invalid-underscore':
    case 'invalid-leading-zero':
    case 'invalid-date':
    case 'invalid-time':
      return invalidValue(text, at, code, make)
    case 'unexpected-char':
      return unexpectedChar(text, at, context, make, lineNumber)
    case 'unexpected-token':
      return unexpectedToken(text, at, context, make)
    case 'missing-newline': {
      const abutting = at > 0 && !/\s/.test(text[at - 1]!)
      const word = wordAt(text, at)
      if (abutting && word.start < at && /^[+\-0-9a-zA-Z.]/.test(word.word)) return invalidValue(text, at, code, make)
      return make(`Expected a line break before ${found(text, at)}: each key/value pair and each table header goes on its own line.`, at, Math.max(at + 1, word.end))
    }
    case 'missing-value':
      // The text ended where a value was due: inside an array or inline table, that is the unclosed bracket.
      if (context.open.length > 0) return diagnose(text, { message: text[context.open.at(-1)!] === '{' ? 'Unterminated inline table' : 'Unterminated array', index: at }, lineNumber)
      return unfinishedStatement(text, at, context, make)
    case 'missing-equals-sign':
    case 'invalid-key-value-newline':
    case 'unterminated-table-key':
      return unfinishedStatement(text, at, context, make)
    case 'missing-comma': {
      const inTable = text[context.open.at(-1) ?? -1] === '{'
      const word = wordAt(text, at)
      const between = inTable ? 'between the key/value pairs of an inline table' : 'between array elements'
      return make(`Expected a comma ${between}, found ${found(text, at)}: add \`,\` before it.`, at, Math.max(at + 1, word.end))
    }
    case 'unterminated-array': {
      const open = context.open.at(-1) ?? at
      return make('Unterminated array: close it with `]`.', open, open + 1)
    }
    case 'unterminated-inline-table': {
      const open = context.open.at(-1) ?? at
      return make('Unterminated inline table: close it with `}` on the same line.', open, open + 1)
    }
    case 'invalid-inline-table-newline': {
      const from = context.lastEnd
      return make(`An inline table must stay on one line: newlines inside \`{ }\` are allowed only within a value (an array or a multi-line string), and allowing them elsewhere is TOML 1.1, which Python's tomllib rejects. Put the table on one line, or make it a [table] section.`, from, Math.max(from + 1, at))
    }
    case 'invalid-trailing-comma-in-inline-table': {
      const comma = text.lastIndexOf(',', at)
      return make(`Trailing comma in an inline table: remove it. Trailing commas there are ${TOML_11}.`, comma, comma + 1)
    }
    default:
      return make(`${error.message.replace(/\.$/, '')}: see https://toml.io/en/v1.0.0.`)
  }
}

type Make = (message: string, offset?: number, endOffset?: number) => Diagnosis

function escapeError(text: string, at: number, make: Make): Diagnosis {
  const backslash = text[at - 1] === '\\' ? at - 1 : at
  const letter = text[backslash + 1]
  const known = 'TOML 1.0 knows \\b \\t \\n \\f \\r \\" \\\\ \\uXXXX and \\UXXXXXXXX'
  if (letter === 'e') return make(`Invalid escape \`\\e\`: it is ${TOML_11}. Write \`\\u001B\` instead.`, backslash, backslash + 2)
  if (letter === 'x') {
    const hex = /^[0-9a-fA-F]{2}/.exec(text.slice(backslash + 2))?.[0]
    return make(`Invalid escape \`\\x\`: it is ${TOML_11}. Write ${hex ? `\`\\u00${hex.toUpperCase()}\`` : '`\\u00XX`'} instead.`, backslash, backslash + 2 + (hex?.length ?? 0))
  }
  if (letter === 'u' || letter === 'U') {
    const count = letter === 'u' ? 4 : 8
    return make(`Invalid escape: \`\\${letter}\` must be followed by exactly ${count} hexadecimal digits.`, backslash, backslash + 2)
  }
  if (letter === ' ' || letter === '\t') {
    return make('Invalid escape `\\` followed by a space: in a multi-line string a line-ending backslash may be followed only by spaces up to the end of the line; write `\\\\` for a backslash.', backslash, backslash + 2)
  }
  if (letter === undefined || letter === '\n') return make(`A backslash at the end of a single-line string escapes nothing: write \`\\\\\` for a backslash, or use a literal string ('…').`, backslash, backslash + 1)
  return make(`Invalid escape \`\\${letter}\`: ${known}. Write \`\\\\\` for a backslash, or use a literal string ('C:\\path') where backslashes are plain characters.`, backslash, backslash + 2)
}

/** Why a word in value position is not a TOML value, and how to write it. */
function valueAdvice(word: string, code: string): string {
  if (code === 'invalid-date') return 'that day does not exist; dates are YYYY-MM-DD with a real month and day'
  if (code === 'invalid-time') return 'hours are 00–23, minutes 00–59, seconds 00–60, and an offset is Z or ±HH:MM'
  const date = /^\d{4}-\d{2}-\d{2}/.exec(word)
  if (/^(\d{4}-\d{2}-\d{2}[Tt ])?\d{2}:\d{2}$/.test(word) || /^(\d{4}-\d{2}-\d{2}[Tt ])?\d{2}:\d{2}([Zz]|[+-]\d{2}:\d{2})$/.test(word)) {
    return `seconds are required (\`${word.replace(/(\d{2}:\d{2})(?=$|[Zz+-])/, '$1:00')}\`); leaving them out is TOML 1.1, which Python's tomllib rejects`
  }
  if (!date && /^\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(word)) return 'a time of day cannot have an offset; write a full date-time such as `1979-05-27T07:32:00Z`'
  if (date && /[+-]\d{4}$/.test(word)) return 'a time zone offset is written with a colon, `+01:00`'
  if (date || /^\d{2}:\d{2}/.test(word)) return 'dates are YYYY-MM-DD, times HH:MM:SS, joined by T or a space, with an optional Z or ±HH:MM'
  if (/^(True|False|TRUE|FALSE|yes|no|Yes|No|on|off|On|Off|null|None|nil)$/.test(word)) return 'booleans are `true` and `false`, in lower case, and TOML has no null; quote it if it is a string'
  if (/^[+-]?(NaN|Nan|NAN|Inf|INF|Infinity|infinity)$/.test(word)) return 'special floats are written `nan`, `inf`, `+inf` and `-inf`, in lower case'
  if (/^[+-]0[xob]/i.test(word)) return 'hexadecimal, octal and binary integers cannot have a sign'
  if (/^0[XOB]/.test(word)) return 'the prefixes are lower case: `0x`, `0o`, `0b`'
  if (/^0[xob]/.test(word)) return 'the digits after the prefix must be hexadecimal (0x), octal (0o) or binary (0b), with underscores only between digits'
  if (/^[+-]?[0-9_.eE+-]+$/.test(word)) {
    if (/__|^[+-]?_|_$|_[.eE]|[.eE+-]_/.test(word)) return 'an underscore must sit between two digits'
    if (/^[+-]?0[0-9_]/.test(word)) return `leading zeros are not allowed (write \`${word.replace(/^([+-]?)[0_]+(?=\d)/, '$1')}\`)`
    if (/\.($|[eE])|^[+-]?\.|\.\d*\./.test(word)) return 'a decimal point needs digits on both sides: `0.5`, `1.0`'
    if (/[eE]([+-]?$|[^+\-0-9])/.test(word)) return 'an exponent needs digits: `1e6`, `2.5E-3`'
    return 'numbers are written like `42`, `1_000`, `3.14`, `6.02e23`'
  }
  if (/^[A-Za-z]/.test(word)) return `strings need quotes: \`"${word}"\``
  return 'strings need quotes, and numbers, booleans and dates must follow the TOML syntax'
}

function invalidValue(text: string, at: number, code: string, make: Make): Diagnosis {
  const { start, end, word } = wordAt(text, at)
  const kind = code === 'invalid-date' || code === 'invalid-time' || /^\d{4}-\d{2}-\d{2}|^\d{2}:\d{2}/.test(word) ? 'date or time' : /^[+-]?(\d|\.\d|_)/.test(word) ? 'number' : 'value'
  return make(`Invalid ${kind} ${quoted(word)}: ${valueAdvice(word, code)}.`, start, end)
}

/** True when the text before `start` ends where a value is expected: after `=`, or in an array. */
function inValuePosition(text: string, start: number): boolean {
  const before = scan(text, start)
  const previous = text[before.lastEnd - 1]
  if (previous === '=') return true
  const innermost = text[before.open.at(-1) ?? -1]
  return innermost === '[' && (previous === '[' || previous === ',') && !/^\s*\[\[?\s*$/.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start))
}

function unexpectedChar(text: string, at: number, context: ScanContext, make: Make, lineNumber: (line: number) => number): Diagnosis {
  const c = at < text.length ? String.fromCodePoint(text.codePointAt(at)!) : ''
  const width = Math.max(1, c.length)
  if (/^\s$/u.test(c) || c === '\uFEFF') {
    return make(`Unexpected ${shown(c)}: TOML whitespace is only the space and the tab; replace it with a space or remove it.`, at, at + width)
  }
  const { start, end, word } = wordAt(text, at)
  if (inValuePosition(text, start) && /^[+\-0-9a-zA-Z._]/.test(word)) return invalidValue(text, at, 'unexpected-char', make)
  const container = unclosedAbove(text, at, context, lineNumber)
  if (container) return make(`Unexpected ${shown(c)} in the ${container}: close it if it ends above, add the missing comma, or quote the string.`, at, Math.max(at + width, end))
  if (context.string === undefined && /[^\x00-\x7F]/.test(c)) {
    return make(`Unexpected character ${shown(c)}: a bare key may contain only A–Z, a–z, 0–9, \`_\` and \`-\`; quote the key ("${word}").`, at, at + width)
  }
  return make(`Unexpected character ${shown(c)}.`, at, Math.max(at + width, end))
}

/** "array opened on line 3" when `at` is inside an array or inline table that started on an earlier line. */
function unclosedAbove(text: string, at: number, context: ScanContext, lineNumber: (line: number) => number): string | undefined {
  const open = context.open.at(-1)
  if (open === undefined || !text.slice(open, at).includes('\n')) return undefined
  const line = lineNumber(text.slice(0, open).split('\n').length)
  return `${text[open] === '{' ? 'inline table' : 'array'} opened on line ${line}`
}

function unexpectedToken(text: string, at: number, context: ScanContext, make: Make): Diagnosis {
  const c = text[at]
  const previous = text[context.lastEnd - 1]
  if (c === '=' && context.expectingStatement) {
    return make('A key is missing before `=`: write `key = value`.')
  }
  if (inValuePosition(text, at)) {
    if (c === '.' || c === '_') return invalidValue(text, at, 'unexpected-token', make)
    if (previous === ',' && (c === ',' || c === ']')) {
      return c === ',' ? make('Two commas in a row in an array: remove one, or add the missing element.') : make('Unexpected `]`.')
    }
    const after = previous === '=' ? 'after `=`' : previous === ',' ? 'after the comma' : 'in the array'
    return make(`Expected a value ${after}, found ${shown(c)}.`)
  }
  if (c === '}' && previous === ',') return make(`Trailing comma in an inline table: remove it. Trailing commas there are ${TOML_11}.`, context.lastEnd - 1, context.lastEnd)
  if (text.startsWith('"""', at) || text.startsWith("'''", at)) return make('A key cannot be a multi-line string: use a single-line quoted key.', at, at + 3)
  return make(`Unexpected ${shown(c)}.`)
}

/**
 * A statement cut short: a key without `=` or value, a dotted key or table header broken across
 * lines. Placed on what was written so far, from the start of the statement.
 */
function unfinishedStatement(text: string, at: number, context: ScanContext, make: Make): Diagnosis {
  const start = context.statementStart
  const end = Math.max(context.lastEnd, start + 1)
  const written = text.slice(start, end)
  const sameLine = at < text.length && !text.slice(end, at).includes('\n')
  if (written.startsWith('[')) {
    const close = written.startsWith('[[') ? ']]' : ']'
    if (sameLine) return make(`Expected \`${close}\` to close the table header, found ${found(text, at)}: a key part with spaces or other characters must be quoted.`, at, wordAt(text, at).end)
    return make(`Table header \`${written}\` is not closed: end it with \`${close}\` on the same line.`, start, end)
  }
  const last = written.at(-1)
  const key = written.replace(/\s*=$/, '').trim()
  if (last === '.') return make(`Key \`${key}\` is broken across lines: write the whole dotted key, \`=\` and the value on one line.`, start, end)
  if (last === '=') return make(`Key \`${key}\` has no value: write the value on the same line, after \`=\`.`, start, end)
  if (sameLine) return make(`Expected \`=\` after the key \`${key}\`, found ${found(text, at)}: a key with spaces or other characters must be quoted.`, at, Math.max(at + 1, wordAt(text, at).end))
  return make(`Key \`${key}\` has no value: write \`${key} = <value>\` on one line.`, start, end)
}

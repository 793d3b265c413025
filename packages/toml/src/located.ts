/**
 * The document as plain values that remember where they are written, so that a schema rule can
 * point at the exact key, value, or part of a string it finds wrong.
 */
import type { AST } from 'toml-eslint-parser'
import type { TomlTable, TomlValue } from './parse.ts'

/** 0-based offsets into the snippet text; the end is exclusive. */
export interface Span {
  offset: number
  endOffset: number
}

export interface Located {
  value: TomlValue
  /** Where the value is written: its node, or for a table the header (or dotted key) that made it. */
  at: Span
  /** Where its key (or array element) is written. */
  key: Span
  /** The value node, for values written after `=` or inside arrays and inline tables. */
  node?: AST.TOMLContentNode
  /** A table's keys in document order. */
  entries: Map<string, Located>
  /** An array's elements (an array of tables' elements too). */
  items: Located[]
}

const span = (node: { range: [number, number] }): Span => ({ offset: node.range[0], endOffset: node.range[1] })
const keyName = (part: AST.TOMLBare | AST.TOMLQuoted) => (part.type === 'TOMLBare' ? part.name : part.value)

/** Build the located view of a valid document (`value` is its plain value). */
export function locate(ast: AST.TOMLProgram, value: TomlTable, text: string): Located {
  const root: Located = { value, at: { offset: 0, endOffset: text.length }, key: { offset: 0, endOffset: 0 }, entries: new Map(), items: [] }

  const table = (parent: Located, part: AST.TOMLBare | AST.TOMLQuoted, at: Span): Located => {
    const name = keyName(part)
    let found = parent.entries.get(name)
    if (!found) {
      found = { value: (parent.value as TomlTable)[name]!, at, key: span(part), entries: new Map(), items: [] }
      parent.entries.set(name, found)
    }
    // A name reached through an array of tables means its last element so far.
    return Array.isArray(found.value) && found.items.length && !found.node ? found.items.at(-1)! : found
  }
  const content = (value: TomlValue, node: AST.TOMLContentNode, key: Span): Located => {
    const located: Located = { value, at: span(node), key, node, entries: new Map(), items: [] }
    if (node.type === 'TOMLInlineTable') for (const pair of node.body) assign(located, pair)
    if (node.type === 'TOMLArray') node.elements.forEach((element, index) => located.items.push(content((value as TomlValue[])[index]!, element, span(element))))
    return located
  }
  const assign = (scope: Located, pair: AST.TOMLKeyValue) => {
    const parts = pair.key.keys
    let current = scope
    for (const part of parts.slice(0, -1)) current = table(current, part, span(pair))
    const last = parts.at(-1)!
    const name = keyName(last)
    current.entries.set(name, content((current.value as TomlTable)[name]!, pair.value, span(last)))
  }

  for (const item of ast.body[0].body) {
    if (item.type === 'TOMLKeyValue') {
      assign(root, item)
      continue
    }
    const close = text.indexOf(item.kind === 'array' ? ']]' : ']', item.key.range[1])
    const header: Span = { offset: item.range[0], endOffset: close === -1 ? item.key.range[1] : close + (item.kind === 'array' ? 2 : 1) }
    const parts = item.key.keys
    let current = root
    for (const part of parts.slice(0, -1)) current = table(current, part, header)
    const last = parts.at(-1)!
    let section: Located
    if (item.kind === 'array') {
      const name = keyName(last)
      let array = current.entries.get(name)
      if (!array) {
        array = { value: (current.value as TomlTable)[name]!, at: header, key: span(last), entries: new Map(), items: [] }
        current.entries.set(name, array)
      }
      section = { value: (array.value as TomlValue[])[array.items.length]!, at: header, key: header, entries: new Map(), items: [] }
      array.items.push(section)
    } else {
      section = table(current, last, header)
      // A header declared after a longer one implied its table: the header is where it is written.
      section.at = header
      section.key = span(last)
    }
    for (const pair of item.body) assign(section, pair)
  }
  return root
}

/** The entry at a path of keys, if every step is a table. */
export function entryAt(root: Located | undefined, ...path: string[]): Located | undefined {
  let current = root
  for (const name of path) current = current && isTable(current) ? current.entries.get(name) : undefined
  return current
}

export const isTable = (located: Located): boolean =>
  typeof located.value === 'object' && located.value !== null && !Array.isArray(located.value) && !(located.value instanceof Date)

export const isString = (located: Located): located is Located & { value: string } => typeof located.value === 'string'

/**
 * The span of characters `start`…`end` of a string value, inside its quotes. When the string is
 * written with escapes (or a multi-line string trims its first newline), the whole string.
 */
export function spanIn(located: Located, text: string, start: number, end: number): Span {
  const node = located.node
  if (!node || node.type !== 'TOMLValue' || node.kind !== 'string') return located.at
  const quote = node.multiline ? 3 : 1
  const inner = text.slice(node.range[0] + quote, node.range[1] - quote)
  if (inner !== node.value) return located.at
  return { offset: node.range[0] + quote + start, endOffset: node.range[0] + quote + Math.max(end, start + 1) }
}

/** A TOML type as a message says it. */
export function typeName(value: TomlValue): string {
  if (typeof value === 'string') return 'a string'
  if (typeof value === 'boolean') return 'a boolean'
  if (typeof value === 'number') return 'a number'
  if (value instanceof Date) return 'a date'
  if (Array.isArray(value)) return 'an array'
  return 'a table'
}

/** A record's own entry: a key written in a snippet (`constructor`, `toString`) never reaches Object's prototype. */
export const lookup = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined)

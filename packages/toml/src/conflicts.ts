/**
 * TOML 1.0's rules on defining keys and tables, checked on the AST: a key defined twice, a table
 * declared twice, dotted keys reopening a table defined by a header (or the reverse), an inline
 * table or array extended after the fact, `[name]` and `[[name]]` mixed up.
 *
 * The logic follows Python's tomllib (the reader of pyproject.toml) step for step: a table is
 * "explicit" once a header declares it or once the section whose dotted keys created it is over;
 * inline tables and arrays are closed values. Unlike tomllib, which stops at the first problem,
 * every conflict is reported; a conflicting definition is then left out, so one mistake gives one
 * finding. Each finding names the earlier definition it clashes with.
 */
import { pointAt } from '@deckcheck/core'
import type { AST } from 'toml-eslint-parser'
import type { Diagnosis } from './diagnose.ts'

/** A conflict, with the earlier definition it clashes with. */
export interface Conflict extends Diagnosis {
  previous: { offset: number; endOffset: number }
}

/** Where something was defined, and how it reads in a message. */
interface Site {
  offset: number
  endOffset: number
  /** `[tool.ruff]`, `[[project.authors]]`, or a key as written (`project.name`). */
  text: string
}

interface Table {
  type: 'table'
  children: Map<string, Slot>
  /** The header or dotted key that first made this table exist. */
  site: Site
  /** How it came to exist: declared by a header, made by dotted keys, or implied by a longer header. */
  origin: 'root' | 'header' | 'dotted' | 'implicit' | 'array-element'
  /** Declared by a header, or made by dotted keys in a section that is over: closed to both. */
  explicit: boolean
}

interface TableArray {
  type: 'array-of-tables'
  elements: Table[]
  site: Site
}

interface Value {
  type: 'value'
  site: Site
  node: AST.TOMLContentNode
}

type Slot = Table | TableArray | Value

function keyName(part: AST.TOMLBare | AST.TOMLQuoted): string {
  return part.type === 'TOMLBare' ? part.name : part.value
}

/**
 * Every conflict in the document, in order. `lineNumber` turns a snippet line into the line the
 * reader sees (the deck's), for the "defined on line N" of messages.
 */
export function findConflicts(ast: AST.TOMLProgram, text: string, starts: number[], lineNumber: (line: number) => number = (line) => line): Conflict[] {
  const conflicts: Conflict[] = []
  const lineOf = (site: Site) => lineNumber(pointAt(starts, site.offset).line)
  const written = (parts: (AST.TOMLBare | AST.TOMLQuoted)[], count = parts.length) =>
    parts
      .slice(0, count)
      .map((part) => text.slice(part.range[0], part.range[1]))
      .join('.')
  const keySite = (key: AST.TOMLKey): Site => ({ offset: key.range[0], endOffset: key.range[1], text: written(key.keys) })
  const headerSite = (table: AST.TOMLTable): Site => {
    const close = text.indexOf(table.kind === 'array' ? ']]' : ']', table.key.range[1])
    const end = close === -1 ? table.key.range[1] : close + (table.kind === 'array' ? 2 : 1)
    const name = written(table.key.keys)
    return { offset: table.range[0], endOffset: end, text: table.kind === 'array' ? `[[${name}]]` : `[${name}]` }
  }
  const conflict = (code: string, at: Site, previous: Site, message: string) => {
    conflicts.push({ code, message, offset: at.offset, endOffset: at.endOffset, previous: { offset: previous.offset, endOffset: previous.endOffset } })
  }

  /** What an existing slot is, as the subject of a message. */
  const describe = (slot: Slot): string => {
    const line = lineOf(slot.site)
    if (slot.type === 'value') return `defined on line ${line}`
    if (slot.type === 'array-of-tables') return `an array of tables, \`${slot.site.text}\` on line ${line}`
    if (slot.origin === 'header') return `a table, \`${slot.site.text}\` on line ${line}`
    if (slot.origin === 'dotted') return `a table, made by the dotted key \`${slot.site.text}\` on line ${line}`
    return `a table, implied by \`${slot.site.text}\` on line ${line}`
  }
  const closedValue = (slot: Value): string | undefined =>
    slot.node.type === 'TOMLInlineTable' ? 'an inline table' : slot.node.type === 'TOMLArray' ? 'an array' : undefined

  const root: Table = { type: 'table', children: new Map(), site: { offset: 0, endOffset: 0, text: '' }, origin: 'root', explicit: true }
  /** Tables made or crossed by dotted keys in the current section; explicit once it ends. */
  let pending: Table[] = []

  /** Walk the parts of a header but the last, creating implied tables; undefined after a conflict. */
  function walkHeader(table: AST.TOMLTable, site: Site): Table | undefined {
    const parts = table.key.keys
    let current = root
    for (let index = 0; index < parts.length - 1; index++) {
      const name = keyName(parts[index]!)
      const slot = current.children.get(name)
      if (!slot) {
        const implied: Table = { type: 'table', children: new Map(), site, origin: 'implicit', explicit: false }
        current.children.set(name, implied)
        current = implied
      } else if (slot.type === 'table') {
        current = slot
      } else if (slot.type === 'array-of-tables') {
        current = slot.elements.at(-1)!
      } else {
        blockedByValue(site, written(parts, index + 1), slot, `\`${site.text}\``)
        return undefined
      }
    }
    return current
  }

  /** A header or dotted key that runs into a value: a scalar cannot hold keys, an inline table or array is closed. */
  function blockedByValue(at: Site, name: string, slot: Value, what: string): void {
    const closed = closedValue(slot)
    if (closed) {
      const fix = closed === 'an inline table' ? `add the keys inside its braces, or turn it into a \`[${name}]\` section` : `put the element inside the array, or use only \`[[${name}]]\` headers`
      conflict('closed-value-extended', at, slot.site, `\`${name}\` is ${closed} defined on line ${lineOf(slot.site)}, complete where it is written: ${what} cannot add to it; ${fix}.`)
    } else {
      conflict('value-as-table', at, slot.site, `Key \`${name}\` is already defined on line ${lineOf(slot.site)} as a value, so ${what} cannot make it a table: rename one of them.`)
    }
  }

  function declareTable(table: AST.TOMLTable): Table | undefined {
    const site = headerSite(table)
    const parent = walkHeader(table, site)
    if (!parent) return undefined
    const name = keyName(table.key.keys.at(-1)!)
    const slot = parent.children.get(name)
    if (!slot) {
      const declared: Table = { type: 'table', children: new Map(), site, origin: 'header', explicit: true }
      parent.children.set(name, declared)
      return declared
    }
    if (slot.type === 'table') {
      if (!slot.explicit) {
        slot.explicit = true
        slot.origin = 'header'
        slot.site = site
        return slot
      }
      if (slot.origin === 'header') {
        conflict('duplicate-table', site, slot.site, `Table \`${site.text}\` is already defined on line ${lineOf(slot.site)}: merge the two sections into one.`)
      } else {
        conflict('table-defined-by-dotted-keys', site, slot.site, `Table \`${site.text}\` is already defined by the dotted key \`${slot.site.text}\` on line ${lineOf(slot.site)}: move those keys under \`${site.text}\`, or keep to dotted keys.`)
      }
      return undefined
    }
    if (slot.type === 'array-of-tables') {
      conflict('table-redefines-array-of-tables', site, slot.site, `\`${site.text}\` reuses the name of the array of tables \`${slot.site.text}\` from line ${lineOf(slot.site)}: write \`${slot.site.text}\` to add an element, or rename one of them.`)
      return undefined
    }
    conflict('table-redefines-value', site, slot.site, `Key \`${written(table.key.keys)}\` is already defined on line ${lineOf(slot.site)}: \`${site.text}\` cannot define it again; remove one of them.`)
    return undefined
  }

  function appendTable(table: AST.TOMLTable): Table | undefined {
    const site = headerSite(table)
    const parent = walkHeader(table, site)
    if (!parent) return undefined
    const name = keyName(table.key.keys.at(-1)!)
    const slot = parent.children.get(name)
    const element: Table = { type: 'table', children: new Map(), site, origin: 'array-element', explicit: true }
    if (!slot) {
      parent.children.set(name, { type: 'array-of-tables', elements: [element], site })
      return element
    }
    if (slot.type === 'array-of-tables') {
      slot.elements.push(element)
      return element
    }
    if (slot.type === 'table') {
      const header = slot.origin === 'header' ? `\`${slot.site.text}\` on line ${lineOf(slot.site)}` : describe(slot).replace(/^a table, /, '')
      conflict('array-of-tables-redefines-table', site, slot.site, `\`${site.text}\` reuses the name of a table (${header}): a name is either a table or an array of tables; rename one of them, or write every header as \`${site.text}\`.`)
      return undefined
    }
    if (closedValue(slot) === 'an array') {
      conflict('array-of-tables-extends-array', site, slot.site, `\`${written(table.key.keys)}\` is an array defined on line ${lineOf(slot.site)}: \`${site.text}\` cannot append to it; use either the array or \`${site.text}\` headers.`)
      return undefined
    }
    blockedByValue(site, written(table.key.keys), slot, `\`${site.text}\``)
    return undefined
  }

  function keyValue(section: Table, pair: AST.TOMLKeyValue): void {
    const parts = pair.key.keys
    const site = keySite(pair.key)
    let current = section
    for (let index = 0; index < parts.length - 1; index++) {
      const name = keyName(parts[index]!)
      const slot = current.children.get(name)
      const prefix = written(parts, index + 1)
      if (!slot) {
        const made: Table = { type: 'table', children: new Map(), site, origin: 'dotted', explicit: false }
        current.children.set(name, made)
        pending.push(made)
        current = made
      } else if (slot.type === 'table') {
        if (slot.explicit) {
          const rest = written(parts).slice(prefix.length + 1)
          const where = slot.origin === 'header' ? `by \`${slot.site.text}\`` : `by the dotted key \`${slot.site.text}\``
          conflict('dotted-key-reopens-table', site, slot.site, `Table \`${prefix}\` is already defined ${where} on line ${lineOf(slot.site)}: write \`${rest} = …\` in that section instead of the dotted key \`${site.text}\`.`)
          return
        }
        if (slot.origin === 'implicit') {
          // From now on it is the dotted keys that define it, as far as later headers are concerned.
          slot.origin = 'dotted'
          slot.site = site
        }
        if (!pending.includes(slot)) pending.push(slot)
        current = slot
      } else if (slot.type === 'array-of-tables') {
        conflict('dotted-key-extends-array-of-tables', site, slot.site, `\`${prefix}\` is an array of tables (\`${slot.site.text}\` on line ${lineOf(slot.site)}): a dotted key cannot add to it; write the key under \`${slot.site.text}\`.`)
        return
      } else {
        blockedByValue(site, prefix, slot, `the dotted key \`${site.text}\``)
        return
      }
    }
    const name = keyName(parts.at(-1)!)
    const slot = current.children.get(name)
    if (slot) {
      const message =
        slot.type === 'value'
          ? `Key \`${site.text}\` is already defined on line ${lineOf(slot.site)}: remove one.`
          : `Key \`${site.text}\` is already ${describe(slot)}: remove one, or rename it.`
      conflict('duplicate-key', site, slot.site, message)
      return
    }
    current.children.set(name, { type: 'value', site, node: pair.value })
  }

  for (const item of ast.body[0].body) {
    if (item.type === 'TOMLKeyValue') {
      keyValue(root, item)
      continue
    }
    for (const table of pending) table.explicit = true
    pending = []
    const section = item.kind === 'array' ? appendTable(item) : declareTable(item)
    if (section) for (const pair of item.body) keyValue(section, pair)
  }

  // Inline tables are checked on their own: each is a closed scope, wherever it appears.
  const visit = (node: AST.TOMLContentNode): void => {
    if (node.type === 'TOMLArray') node.elements.forEach(visit)
    if (node.type !== 'TOMLInlineTable') return
    const scope: Table = { type: 'table', children: new Map(), site: { offset: node.range[0], endOffset: node.range[1], text: '' }, origin: 'root', explicit: false }
    for (const pair of node.body) {
      pending = []
      keyValue(scope, pair)
      visit(pair.value)
    }
  }
  for (const item of ast.body[0].body) {
    for (const pair of item.type === 'TOMLKeyValue' ? [item] : item.body) visit(pair.value)
  }
  return conflicts.sort((a, b) => a.offset - b.offset)
}

import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, type Pair, parseAllDocuments, YAMLParseError } from 'yaml'
import type { YAMLError } from 'yaml'
import type { Snippet, SnippetPlace } from '@deckcheck/core'

/** A path into a document's data: map keys and sequence indexes (Ajv's `instancePath`, split). */
export type YamlPath = readonly (string | number)[]

/** One document of the stream, with its data as plain JavaScript (undefined when it has errors). */
export interface YamlDocument {
  doc: Document.Parsed
  value: unknown
  /** Where `path` is in the snippet: its key (or item), or the deepest existing ancestor's key. */
  place(path: YamlPath, target?: 'key' | 'value'): SnippetPlace
}

export interface ParsedYaml {
  documents: Document.Parsed[]
  /** The same documents, converted to data and able to locate a path. */
  data: YamlDocument[]
  errors: YAMLError[]
  warnings: YAMLError[]
  lineCounter: LineCounter
}

/** Aliases may expand to at most this many nodes: a "billion laughs" becomes a finding, not a hang. */
const MAX_ALIAS_COUNT = 100

/**
 * YAML 1.2 as the `yaml` package reads it, every document of a stream (`---` inside a fence
 * separates documents, not slides). Duplicate keys are errors (`uniqueKeys`).
 */
export function parseYaml(snippet: Snippet): ParsedYaml {
  const lineCounter = new LineCounter()
  const result = parseAllDocuments(snippet.value, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true })
  // An empty stream comes back as an EmptyStream object rather than an array.
  const documents: Document.Parsed[] = Array.isArray(result) ? result : []
  const errors = documents.flatMap((doc) => doc.errors)
  const warnings = documents.flatMap((doc) => doc.warnings)
  const data = documents.map((doc): YamlDocument => {
    let value: unknown
    if (doc.errors.length === 0) {
      try {
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
      } catch (error) {
        const [start, end] = doc.contents?.range ?? doc.range
        errors.push(new YAMLParseError([start, end], 'RESOURCE_EXHAUSTION', (error as Error).message))
      }
    }
    return { doc, value, place: (path, target = 'key') => placeOf(doc, path, target) }
  })
  return { documents, data, errors, warnings, lineCounter }
}

function placeOf(doc: Document.Parsed, path: YamlPath, target: 'key' | 'value'): SnippetPlace {
  let node: unknown = doc.contents
  let lastKey: Node | undefined
  for (const segment of path) {
    let next: unknown
    if (isMap(node)) {
      const pair = node.items.find((item: Pair) => (isScalar(item.key) ? item.key.value : item.key) === segment)
      if (pair) {
        lastKey = pair.key as Node
        next = pair.value
      }
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment]
      lastKey = undefined
    }
    if (next === undefined) break
    node = next
    if (next === null) break
  }
  const range = (target === 'key' && lastKey?.range) || (node as Node | null)?.range || lastKey?.range || doc.contents?.range || doc.range
  return { offset: range[0], endOffset: Math.max(range[1], range[0]) }
}

/** An Ajv `instancePath` (`/spec/template/0`) as a path. */
export function pointerPath(pointer: string): (string | number)[] {
  if (!pointer) return []
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}

import { type Document, LineCounter, parseAllDocuments } from 'yaml'
import type { YAMLError } from 'yaml'
import type { Snippet } from '@deckcheck/core'

export interface ParsedYaml {
  documents: Document.Parsed[]
  errors: YAMLError[]
  warnings: YAMLError[]
  lineCounter: LineCounter
}

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
  return { documents, errors, warnings, lineCounter }
}

import { defineLanguage } from '@deckcheck/core'
import { parseMermaid } from './parse.ts'
import { syntax } from './rules/syntax.ts'

/**
 * remark plugin: parses every mermaid snippet with mermaid itself. Mermaid and its DOM are
 * imported on the first diagram, not with this module.
 */
export const remarkDeckcheckMermaid = defineLanguage({
  language: 'mermaid',
  source: 'deckcheck-mermaid',
  rules: [syntax],
  parse: parseMermaid,
})

export { parseMermaid, type MermaidProblem, type ParsedMermaid } from './parse.ts'

import { defineLanguage } from '@deckcheck/core'
import { parseYaml } from './parse.ts'
import { parserWarning } from './rules/parser-warning.ts'
import { syntax } from './rules/syntax.ts'

/** remark plugin: checks every YAML snippet (fences, magic-move steps, imports, Slidev frontmatter). */
export const remarkDeckcheckYaml = defineLanguage({
  language: 'yaml',
  source: 'deckcheck-yaml',
  rules: [syntax, parserWarning],
  parse: parseYaml,
})

export { parseYaml, type ParsedYaml } from './parse.ts'

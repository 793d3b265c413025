import { defineLanguage } from '@deckcheck/core'
import { parseToml } from './parse.ts'
import { syntax } from './rules/syntax.ts'

/** remark plugin: checks every TOML snippet (fences, magic-move steps, `<<<` imports) as TOML 1.0. */
export const remarkDeckcheckToml = defineLanguage({
  language: 'toml',
  source: 'deckcheck-toml',
  rules: [syntax],
  parse: parseToml,
})

export { parseToml, parseTomlText, type AST, type ParseOptions, type ParsedToml, type TomlError, type TomlTable, type TomlValue } from './parse.ts'

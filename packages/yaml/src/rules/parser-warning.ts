import type { Rule } from '@deckcheck/core'
import type { ParsedYaml } from '../parse.ts'

export const parserWarning: Rule<ParsedYaml> = {
  id: 'yaml/parser-warning',
  aliases: [],
  language: 'yaml',
  category: 'syntax',
  severity: 'warn',
  docs: {
    description: 'YAML that parses, but with a warning from the parser (an unknown tag, an unsupported directive).',
    why: 'Another YAML reader may well treat the construct differently from what the slide suggests.',
    bad: [{ code: 'version: !unknown-tag 3\n' }],
    good: [{ code: 'version: "3"\n' }],
  },
  check({ parsed, report }) {
    for (const warning of parsed.warnings) {
      const reason = warning.message.replace(/\s+at line \d+, column \d+.*$/s, '').replace(/\.$/, '')
      report({ message: `${reason}.`, place: { offset: warning.pos[0], endOffset: warning.pos[1] } })
    }
  },
}

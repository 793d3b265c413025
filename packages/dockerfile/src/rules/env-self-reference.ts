import type { Rule } from '@deckcheck/core'
import { propertiesOf } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

export const envSelfReference: Rule<ParsedDockerfile> = {
  id: 'dockerfile/env-self-reference',
  aliases: ['DL3044'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'error',
  docs: {
    description: 'An ENV that uses a variable defined earlier in the same ENV (`ENV A=1 B=$A`).',
    why: 'Variables in an ENV are expanded before any of its assignments take effect, so `$A` is the old (often empty) value. Extending a variable with itself (`ENV PATH=/app/bin:$PATH`) is fine and not reported.',
    bad: [{ code: 'FROM python:3.13-slim\nENV APP_HOME=/app APP_DATA=$APP_HOME/data\n' }],
    good: [{ code: 'FROM python:3.13-slim\nENV APP_HOME=/app\nENV APP_DATA=$APP_HOME/data PATH=/app/.venv/bin:$PATH\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3044'],
  },
  check({ parsed, report }) {
    for (const instruction of parsed.instructions) {
      if (instruction.getKeyword() !== 'ENV') continue
      const properties = propertiesOf(instruction)
      properties.forEach((property, i) => {
        const value = property.getValue() ?? ''
        for (const earlier of properties.slice(0, i)) {
          const name = earlier.getName()
          if (name === property.getName() || !new RegExp(`\\$(\\{${name}([:}])|${name}(?![A-Za-z0-9_]))`).test(value)) continue
          report({ message: `$${name} is used in the same ENV that defines it, where it still has its previous value: move ${property.getName()} to a separate ENV after this one.`, place: parsed.place(property.getValueRange() ?? instruction.getRange()) })
        }
      })
    }
  },
}

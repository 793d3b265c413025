import type { Rule } from '@deckcheck/core'
import { isObject } from '../data.ts'
import { onSlide } from '../examples.ts'
import type { ParsedYaml } from '../parse.ts'

export const composeVersionKey: Rule<ParsedYaml> = {
  id: 'yaml/compose-version-key',
  aliases: ['no-version-field'],
  language: 'yaml',
  kinds: ['compose'],
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'The obsolete top-level `version:` key in a Compose file.',
    why: 'Compose V2 ignores it and prints "the attribute `version` is obsolete" on every command; it suggests a file format that no longer exists (`3.8` does not select any feature set). Delete it.',
    bad: [onSlide('# compose.yaml\nversion: "3.8"\nservices:\n  web:\n    image: ghcr.io/example/web:1.4.2\n')],
    good: [onSlide('# compose.yaml\nservices:\n  web:\n    image: ghcr.io/example/web:1.4.2\n')],
    references: ['https://docs.docker.com/reference/compose-file/version-and-name/', 'https://github.com/zavoloklom/docker-compose-linter/blob/main/docs/rules/no-version-field-rule.md'],
  },
  check({ parsed, report }) {
    for (const document of parsed.data) {
      if (!isObject(document.value) || document.value.version === undefined) continue
      report({ message: 'The top-level `version` is obsolete and ignored by Compose V2: delete it.', place: document.place(['version']) })
    }
  },
}

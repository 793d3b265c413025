import type { Rule } from '@deckcheck/core'
import { validateCompose } from '../compose/schema.ts'
import { onSlide } from '../examples.ts'
import type { ParsedYaml } from '../parse.ts'

export const composeSchema: Rule<ParsedYaml> = {
  id: 'yaml/compose-schema',
  aliases: [],
  language: 'yaml',
  kinds: ['compose'],
  category: 'schema',
  severity: 'error',
  docs: {
    description: 'A Compose file that the Compose Specification rejects: an unknown or misspelled key, a value of the wrong type.',
    why: '`docker compose up` stops with "additional properties are not allowed" before starting anything: the stack on the slide never runs. The schema is the specification\'s own, shipped with dclint; findings point at the key.',
    bad: [
      onSlide('# compose.yaml\nservices:\n  web:\n    image: ghcr.io/example/web:1.4.2\n    enviroment:\n      LOG_LEVEL: info\n'),
      onSlide('# compose.yaml\nservices:\n  web:\n    image: ghcr.io/example/web:1.4.2\n    ports: "8000:8000"\n'),
    ],
    good: [onSlide('# compose.yaml\nservices:\n  web:\n    image: ghcr.io/example/web:1.4.2\n    environment:\n      LOG_LEVEL: info\n    ports:\n      - "8000:8000"\n')],
    references: ['https://github.com/compose-spec/compose-spec/blob/main/spec.md', 'https://github.com/compose-spec/compose-spec/blob/main/schema/compose-spec.json'],
  },
  check({ parsed, report }) {
    for (const document of parsed.data) {
      if (document.value === undefined || document.value === null) continue
      for (const problem of validateCompose(document.value)) report({ message: problem.message, place: document.place(problem.path, problem.atKey ? 'key' : 'value') })
    }
  },
}

import type { Rule } from '@deckcheck/core'
import { services } from '../compose/services.ts'
import { onSlide } from '../examples.ts'
import { imageTagProblem } from '../image.ts'
import type { ParsedYaml } from '../parse.ts'

export const composeImageLatest: Rule<ParsedYaml> = {
  id: 'yaml/compose-image-latest',
  aliases: [],
  language: 'yaml',
  kinds: ['compose'],
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'A service image with the `latest` tag or no tag at all.',
    why: 'Each `docker compose pull` may bring a new major version of the database: the stack that worked on the slide breaks on someone else\'s machine next month. Pin the version (a service with `build:` is not concerned).',
    bad: [onSlide('# compose.yaml\nservices:\n  db:\n    image: postgres\n')],
    good: [onSlide('# compose.yaml\nservices:\n  db:\n    image: postgres:17.2\n')],
    references: ['https://docs.docker.com/reference/compose-file/services/#image'],
  },
  check({ parsed, report }) {
    for (const { document, service, path } of services(parsed)) {
      if (service.build !== undefined) continue // the image names what is built, tagged by Compose
      const problem = imageTagProblem(service.image)
      if (problem) report({ message: problem, place: document.place([...path, 'image'], 'value') })
    }
  },
}

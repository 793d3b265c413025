import type { Rule } from '@deckcheck/core'
import { environment, services } from '../compose/services.ts'
import { onSlide } from '../examples.ts'
import type { ParsedYaml } from '../parse.ts'
import { looksSecret } from '../secrets.ts'

export const composeHardcodedSecret: Rule<ParsedYaml> = {
  id: 'yaml/compose-hardcoded-secret',
  aliases: [],
  language: 'yaml',
  kinds: ['compose'],
  category: 'security',
  severity: 'error',
  docs: {
    description: 'A password, token or key written as a literal value in a service\'s `environment`.',
    why: 'The Compose file is committed: the secret is in Git history for good, and the same "dev" password ends up in production because it is what the file says. Read it from the environment (`${POSTGRES_PASSWORD}`, with a `.env` file kept out of Git) or use Compose `secrets:`.',
    bad: [onSlide('# compose.yaml\nservices:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: hunter2\n')],
    good: [onSlide('# compose.yaml\nservices:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}\n')],
    references: ['https://docs.docker.com/compose/how-tos/use-secrets/', 'https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/'],
  },
  check({ parsed, report }) {
    for (const service of services(parsed)) {
      for (const variable of environment(service)) {
        if (!looksSecret(variable.name, variable.value)) continue
        report({
          message: `\`${variable.name}\` is hard-coded in the Compose file: use \`\${${variable.name}}\` from a \`.env\` file kept out of Git, or Compose \`secrets:\`.`,
          place: service.document.place(variable.path, 'value'),
        })
      }
    }
  },
}

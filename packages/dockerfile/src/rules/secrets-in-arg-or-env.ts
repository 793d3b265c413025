import type { Rule } from '@deckcheck/core'
import { propertiesOf } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

/** BuildKit's pattern: a secret-like word as a whole `_`-separated part of the name. */
const SECRET = /(?:^|_)(?:apikey|auth|credentials?|key|password|passwd|pword|secret|token)(?:_|$)/i
/** Names that contain such a word but hold no secret (BuildKit allows `public` the same way). */
const NOT_SECRET = /(?:^|_)(?:public|file|path|dir|url|host|name|id|user|username)(?:_|$)/i

export const secretsInArgOrEnv: Rule<ParsedDockerfile> = {
  id: 'dockerfile/secrets-in-arg-or-env',
  aliases: ['SecretsUsedInArgOrEnv'],
  language: 'dockerfile',
  category: 'security',
  severity: 'warn',
  docs: {
    description: 'An ARG or ENV whose name says it holds a secret (`API_KEY`, `DB_PASSWORD`, `GITHUB_TOKEN`).',
    why: 'ENV values are stored in the image and ARG values in its history: anyone who can pull the image can read them (`docker history`, `docker inspect`). Pass build secrets with `RUN --mount=type=secret` and runtime secrets from the environment of the running container. Names that only point at a secret (`…_FILE`, `…_PATH`, `…_URL`) are not reported.',
    bad: [{ code: 'FROM python:3.13-slim\nENV DATABASE_PASSWORD=hunter2\n' }, { code: 'FROM python:3.13-slim\nARG PYPI_TOKEN\nRUN pip install --no-cache-dir --index-url https://__token__:$PYPI_TOKEN@pypi.example.com/simple app==1.0\n' }],
    good: [
      { code: 'FROM python:3.13-slim\nRUN --mount=type=secret,id=pypi_token,env=PYPI_TOKEN \\\n    pip install --no-cache-dir --index-url "https://__token__:$PYPI_TOKEN@pypi.example.com/simple" app==1.0\n' },
      { code: 'FROM python:3.13-slim\nENV DATABASE_PASSWORD_FILE=/run/secrets/db_password\n' },
    ],
    references: ['https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/', 'https://docs.docker.com/build/building/secrets/'],
  },
  check({ parsed, report }) {
    for (const instruction of [...parsed.instructions, ...parsed.onbuildTriggers]) {
      const keyword = instruction.getKeyword()
      if (keyword !== 'ENV' && keyword !== 'ARG') continue
      for (const property of propertiesOf(instruction)) {
        const name = property.getName()
        if (!SECRET.test(name) || NOT_SECRET.test(name)) continue
        const advice = keyword === 'ENV' ? 'pass it to the running container instead (`docker run -e`, a Compose or Kubernetes secret)' : `use \`RUN --mount=type=secret,id=${name.toLowerCase()},env=${name}\` in the step that needs it`
        report({ message: `${keyword} ${name} looks like a secret, and ${keyword} values are stored in the image for anyone who pulls it: ${advice}.`, place: parsed.place(property.getNameRange()) })
      }
    }
  },
}

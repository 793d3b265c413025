import type { Rule } from '@deckcheck/core'
import { exposedPorts } from '../expose.ts'
import type { ParsedDockerfile } from '../parse.ts'

export const exposeInvalidFormat: Rule<ParsedDockerfile> = {
  id: 'dockerfile/expose-invalid-format',
  aliases: ['ExposeInvalidFormat'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'An EXPOSE with a host IP or host port (`EXPOSE 8000:8000`).',
    why: 'EXPOSE only documents the container port; which host port it maps to is chosen at `docker run -p`. Docker ignores the host part and announces that it will reject it.',
    bad: [{ code: 'FROM python:3.13-slim\nEXPOSE 8000:8000\n' }],
    good: [{ code: 'FROM python:3.13-slim\nEXPOSE 8000\n' }, { code: 'FROM python:3.13-slim\nEXPOSE 8000-8010/udp\n' }],
    references: ['https://docs.docker.com/reference/build-checks/expose-invalid-format/'],
  },
  check({ parsed, report }) {
    for (const port of exposedPorts(parsed)) {
      const value = port.getValue()
      if (value.includes('$')) continue
      const container = value.split('/')[0]!
      if (container.includes(':')) {
        report({ message: `EXPOSE takes the container port only: write \`EXPOSE ${container.split(':').at(-1)}\` and map the host port with \`docker run -p\`.`, place: parsed.place(port.getRange()) })
      }
    }
  },
}

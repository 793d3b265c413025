import type { Rule } from '@deckcheck/core'
import { exposedPorts } from '../expose.ts'
import type { ParsedDockerfile } from '../parse.ts'

export const exposePortRange: Rule<ParsedDockerfile> = {
  id: 'dockerfile/expose-port-range',
  aliases: ['DL3011'],
  language: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  docs: {
    description: 'An EXPOSE port outside 0-65535.',
    why: 'TCP and UDP ports are 16-bit numbers: Docker refuses `EXPOSE 80000` ("invalid containerPort"), and the slide shows a port that cannot exist.',
    bad: [{ code: 'FROM python:3.13-slim\nEXPOSE 80000\n' }],
    good: [{ code: 'FROM python:3.13-slim\nEXPOSE 8000 9000-9010/udp\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3011', 'https://docs.docker.com/reference/dockerfile/#expose'],
  },
  check({ parsed, report }) {
    for (const port of exposedPorts(parsed)) {
      const container = port.getValue().split('/')[0]!.split(':').at(-1)!
      const tooLarge = container.split('-').find((p) => /^\d+$/.test(p) && Number(p) > 65535)
      if (tooLarge) report({ message: `Port ${tooLarge} does not exist: ports range from 0 to 65535; use e.g. \`EXPOSE 8000\`.`, place: parsed.place(port.getRange()) })
    }
  },
}

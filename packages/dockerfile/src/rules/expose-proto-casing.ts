import type { Rule } from '@deckcheck/core'
import { exposedPorts } from '../expose.ts'
import type { ParsedDockerfile } from '../parse.ts'

export const exposeProtoCasing: Rule<ParsedDockerfile> = {
  id: 'dockerfile/expose-proto-casing',
  aliases: ['ExposeProtoCasing'],
  language: 'dockerfile',
  category: 'style',
  severity: 'warn',
  docs: {
    description: 'An EXPOSE protocol not in lower case (`EXPOSE 8000/TCP`).',
    why: 'Protocols are `tcp`, `udp` and `sctp`; BuildKit warns about other casings.',
    bad: [{ code: 'FROM python:3.13-slim\nEXPOSE 8000/TCP\n' }],
    good: [{ code: 'FROM python:3.13-slim\nEXPOSE 8000/tcp\n' }],
    references: ['https://docs.docker.com/reference/build-checks/expose-proto-casing/'],
  },
  check({ parsed, report }) {
    for (const port of exposedPorts(parsed)) {
      const [number, proto] = port.getValue().split('/')
      if (!proto || proto === proto.toLowerCase()) continue
      report({ message: `Write the protocol in lower case: \`EXPOSE ${number}/${proto.toLowerCase()}\`.`, place: parsed.place(port.getRange()) })
    }
  },
}

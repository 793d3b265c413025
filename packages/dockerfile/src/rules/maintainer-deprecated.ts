import type { Rule } from '@deckcheck/core'
import { instructionPlace, instructionsNamed } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

export const maintainerDeprecated: Rule<ParsedDockerfile> = {
  id: 'dockerfile/maintainer-deprecated',
  aliases: ['DL4000', 'MaintainerDeprecated'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'error',
  docs: {
    description: 'The deprecated MAINTAINER instruction.',
    why: 'MAINTAINER has been deprecated since Docker 1.13; a label is the standard place for the author, and tools read it.',
    bad: [{ code: 'FROM python:3.12-slim\nMAINTAINER Jane Doe <jane@example.com>\n' }],
    good: [{ code: 'FROM python:3.12-slim\nLABEL org.opencontainers.image.authors="jane@example.com"\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL4000', 'https://docs.docker.com/reference/build-checks/maintainer-deprecated/'],
  },
  check({ parsed, report }) {
    for (const instruction of instructionsNamed(parsed, 'MAINTAINER')) {
      const who = instruction.getArgumentsContent() ?? ''
      report({ message: `MAINTAINER is deprecated: write \`LABEL org.opencontainers.image.authors="${who.replace(/"/g, '\\"')}"\` instead.`, place: instructionPlace(parsed, instruction) })
    }
  },
}

import type { Rule } from '@deckcheck/core'
import { runCommands } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

export const shSymlink: Rule<ParsedDockerfile> = {
  id: 'dockerfile/sh-symlink',
  aliases: ['DL4005'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'A RUN that replaces /bin/sh with a link (`ln -sf /bin/bash /bin/sh`).',
    why: 'Replacing /bin/sh changes the shell of every script in the image, including the system\'s own; the SHELL instruction changes it for the Dockerfile only.',
    bad: [{ code: 'FROM debian:12-slim\nRUN ln -sf /bin/bash /bin/sh\n' }],
    good: [{ code: 'FROM debian:12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL4005'],
  },
  check({ parsed, report }) {
    for (const { command } of runCommands(parsed)) {
      if (command.name === 'ln' && command.words.at(-1)?.value === '/bin/sh') {
        report({ message: 'Do not replace /bin/sh: use `SHELL ["/bin/bash", "-c"]` to change the shell of RUN instructions.', place: command.words[0] })
      }
    }
  },
}

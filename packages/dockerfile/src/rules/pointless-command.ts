import type { Rule } from '@deckcheck/core'
import { runCommands } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

/** hadolint's list: interactive or system tools that do nothing useful while an image builds. */
const POINTLESS = ['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim', 'ifconfig', 'nano']

export const pointlessCommand: Rule<ParsedDockerfile> = {
  id: 'dockerfile/pointless-command',
  aliases: ['DL3001'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'warn',
  recommended: false,
  docs: {
    description: `A RUN that calls a command that makes no sense while an image builds (${POINTLESS.join(', ')}).`,
    why: 'A build step has no services, no terminal and no running processes to inspect: `service nginx start` in a RUN starts nothing in the final container.',
    bad: [{ code: 'FROM debian:12-slim\nRUN service nginx start\n' }],
    good: [{ code: 'FROM nginx:1.27\nCMD ["nginx", "-g", "daemon off;"]\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3001'],
  },
  check({ parsed, report }) {
    for (const { command } of runCommands(parsed)) {
      if (POINTLESS.includes(command.name)) report({ message: `\`${command.name}\` does nothing useful in an image build: start services from CMD/ENTRYPOINT and inspect containers with \`docker exec\`.`, place: command.words[0] })
    }
  },
}

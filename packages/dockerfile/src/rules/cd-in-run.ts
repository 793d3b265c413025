import type { Rule } from '@deckcheck/core'
import { runCommands } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

export const cdInRun: Rule<ParsedDockerfile> = {
  id: 'dockerfile/cd-in-run',
  aliases: ['DL3003'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: '`cd` in a RUN to change directory.',
    why: 'The `cd` lasts for this RUN only, which surprises the reader of the next one; WORKDIR says where the following instructions run.',
    bad: [{ code: 'FROM python:3.13-slim\nCOPY . /app\nRUN cd /app && pip install --no-cache-dir .\n' }],
    good: [{ code: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir .\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3003'],
  },
  check({ parsed, report }) {
    for (const { command } of runCommands(parsed)) {
      const target = command.words[1]?.value
      if (command.name === 'cd') report({ message: `Use \`WORKDIR ${target ?? '/path'}\` to switch directory instead of \`cd\` in RUN.`, place: command.words[0] })
    }
  },
}

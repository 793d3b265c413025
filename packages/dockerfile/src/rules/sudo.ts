import type { Rule } from '@deckcheck/core'
import { runCommands } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

export const sudo: Rule<ParsedDockerfile> = {
  id: 'dockerfile/sudo',
  aliases: ['DL3004'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'error',
  docs: {
    description: '`sudo` in a RUN.',
    why: 'sudo behaves unpredictably without a TTY and signal forwarding, and is usually missing from slim images; run the step before `USER`, or switch with `USER root` and back.',
    bad: [{ code: 'FROM python:3.13-slim\nUSER app\nRUN sudo pip install --no-cache-dir httpie==3.2.4\n' }],
    good: [{ code: 'FROM python:3.13-slim\nRUN pip install --no-cache-dir httpie==3.2.4\nUSER app\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3004'],
  },
  check({ parsed, report }) {
    for (const { command } of runCommands(parsed)) {
      if (command.name === 'sudo') report({ message: 'Do not use sudo in a Dockerfile: run this step as root before `USER`, or use `USER root` … `USER app` around it.', place: command.words[0] })
    }
  },
}

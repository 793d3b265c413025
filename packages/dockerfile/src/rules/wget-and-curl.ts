import type { Rule } from '@deckcheck/core'
import { runCommands } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

export const wgetAndCurl: Rule<ParsedDockerfile> = {
  id: 'dockerfile/wget-and-curl',
  aliases: ['DL4001'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'Both wget and curl used in the same build stage.',
    why: 'Two tools that do the same job means two to install and keep patched; pick one.',
    bad: [{ code: 'FROM buildpack-deps:bookworm-curl\nRUN wget -q https://example.com/a.tar.gz\nRUN curl -fsSLO https://example.com/b.tar.gz\n' }],
    good: [{ code: 'FROM buildpack-deps:bookworm-curl\nRUN curl -fsSLO https://example.com/a.tar.gz\nRUN curl -fsSLO https://example.com/b.tar.gz\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL4001'],
  },
  check({ parsed, report }) {
    for (const stage of parsed.stages) {
      const commands = runCommands(parsed, stage).map((c) => c.command)
      const wget = commands.filter((c) => c.name === 'wget')
      if (wget.length === 0 || !commands.some((c) => c.name === 'curl')) continue
      for (const command of wget) report({ message: 'This stage uses both wget and curl: use one of them (curl here, since it is used too).', place: command.words[0] })
    }
  },
}

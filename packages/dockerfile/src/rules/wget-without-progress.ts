import type { Rule } from '@deckcheck/core'
import { hasOption, runCommands } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

export const wgetWithoutProgress: Rule<ParsedDockerfile> = {
  id: 'dockerfile/wget-without-progress',
  aliases: ['DL3047'],
  language: 'dockerfile',
  category: 'style',
  severity: 'warn',
  recommended: false,
  docs: {
    description: '`wget` without `--progress` (or `-q`/`-nv`).',
    why: "wget's default progress bar writes a line per step into the build log, which bloats it.",
    bad: [{ code: 'FROM buildpack-deps:bookworm-curl\nRUN wget https://example.com/tool.tar.gz\n' }],
    good: [{ code: 'FROM buildpack-deps:bookworm-curl\nRUN wget --progress=dot:giga https://example.com/tool.tar.gz\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3047'],
  },
  check({ parsed, report }) {
    for (const { command } of runCommands(parsed)) {
      if (command.name === 'wget' && !hasOption(command, '--progress', '-q', '--quiet', '-nv', '--no-verbose')) {
        report({ message: 'wget without --progress floods the build log: add `--progress=dot:giga` (or `-q`).', place: command.words[0] })
      }
    }
  },
}

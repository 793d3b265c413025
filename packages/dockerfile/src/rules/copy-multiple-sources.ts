import type { Rule } from '@deckcheck/core'
import { isExecForm } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

export const copyMultipleSources: Rule<ParsedDockerfile> = {
  id: 'dockerfile/copy-multiple-sources',
  aliases: ['DL3021'],
  language: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  docs: {
    description: 'COPY or ADD with several sources whose destination does not end with `/`.',
    why: 'With more than one source the destination must be a directory, written with a trailing `/`; otherwise the build fails.',
    bad: [{ code: 'FROM python:3.13-slim\nCOPY pyproject.toml uv.lock /app\n' }],
    good: [{ code: 'FROM python:3.13-slim\nCOPY pyproject.toml uv.lock /app/\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3021', 'https://docs.docker.com/reference/dockerfile/#copy'],
  },
  check({ parsed, report }) {
    for (const instruction of parsed.instructions) {
      const keyword = instruction.getKeyword()
      if ((keyword !== 'COPY' && keyword !== 'ADD') || isExecForm(instruction)) continue
      const args = instruction.getArguments().filter((a) => !a.getValue().startsWith('<<'))
      const destination = args.at(-1)
      if (args.length < 3 || !destination || /[/\\]$/.test(destination.getValue()) || destination.getValue().includes('$')) continue
      report({ message: `${keyword} with several sources needs a directory as destination: write \`${destination.getValue()}/\`.`, place: parsed.place(destination.getRange()) })
    }
  },
}

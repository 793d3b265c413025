import type { Rule } from '@deckcheck/core'
import type { ParsedDockerfile } from '../parse.ts'

export const workdirRelativePath: Rule<ParsedDockerfile> = {
  id: 'dockerfile/workdir-relative-path',
  aliases: ['DL3000', 'WorkdirRelativePath'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'error',
  docs: {
    description: 'A WORKDIR with a relative path.',
    why: 'A relative WORKDIR is resolved against whatever the previous WORKDIR was, which may be set in the base image and change when it is updated; an absolute path says where the files are.',
    bad: [{ code: 'FROM python:3.12-slim\nWORKDIR app\n' }],
    good: [{ code: 'FROM python:3.12-slim\nWORKDIR /app\n' }, { code: 'FROM python:3.12-slim\nARG APP_HOME=/app\nWORKDIR $APP_HOME\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3000', 'https://docs.docker.com/reference/build-checks/workdir-relative-path/'],
  },
  check({ parsed, report }) {
    for (const diagnostic of parsed.diagnostics) {
      if (diagnostic.name !== 'WORKDIR_IS_NOT_ABSOLUTE') continue
      const path = parsed.text.slice(parsed.offsetAt(diagnostic.range.start), parsed.offsetAt(diagnostic.range.end))
      report({ message: `WORKDIR ${path} is relative: use an absolute path, e.g. \`WORKDIR /${path.replace(/^\.?\/?/, '')}\`.`, place: parsed.place(diagnostic.range) })
    }
  },
}

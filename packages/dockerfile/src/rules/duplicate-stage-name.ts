import type { Rule } from '@deckcheck/core'
import type { ParsedDockerfile } from '../parse.ts'

export const duplicateStageName: Rule<ParsedDockerfile> = {
  id: 'dockerfile/duplicate-stage-name',
  aliases: ['DL3024', 'DuplicateStageName'],
  language: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  docs: {
    description: 'Two build stages with the same name (`FROM … AS build` twice).',
    why: 'Docker refuses the file: `COPY --from=build` could not know which stage it means.',
    bad: [{ code: 'FROM python:3.13-slim AS build\nFROM python:3.13-slim AS build\n' }],
    good: [{ code: 'FROM python:3.13-slim AS build\nFROM python:3.13-slim AS runtime\nCOPY --from=build /app /app\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3024', 'https://docs.docker.com/reference/build-checks/duplicate-stage-name/'],
  },
  check({ parsed, report }) {
    for (const diagnostic of parsed.diagnostics) {
      if (diagnostic.name !== 'DUPLICATE_BUILD_STAGE_NAME') continue
      const name = parsed.text.slice(parsed.offsetAt(diagnostic.range.start), parsed.offsetAt(diagnostic.range.end))
      report({ message: `Two stages are named ${name}: give each \`FROM … AS <name>\` its own name, so that \`COPY --from=${name}\` knows which one to use.`, place: parsed.place(diagnostic.range) })
    }
  },
}

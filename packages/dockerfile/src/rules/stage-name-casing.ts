import type { Rule } from '@deckcheck/core'
import type { ParsedDockerfile } from '../parse.ts'

export const stageNameCasing: Rule<ParsedDockerfile> = {
  id: 'dockerfile/stage-name-casing',
  aliases: ['StageNameCasing'],
  language: 'dockerfile',
  category: 'style',
  severity: 'warn',
  docs: {
    description: 'A stage name with upper-case letters (`FROM python:3.13-slim AS Build`).',
    why: 'Stage names are case-insensitive and compared in lower case; an upper-case name suggests that `--from=build` and `--from=Build` differ. BuildKit warns about it.',
    bad: [{ code: 'FROM python:3.13-slim AS Build\nFROM python:3.13-slim\nCOPY --from=Build /app /app\n' }],
    good: [{ code: 'FROM python:3.13-slim AS build\nFROM python:3.13-slim\nCOPY --from=build /app /app\n' }],
    references: ['https://docs.docker.com/reference/build-checks/stage-name-casing/'],
  },
  check({ parsed, report }) {
    for (const stage of parsed.stages) {
      const range = stage.from.getBuildStageRange()
      if (!stage.name || !range || stage.name === stage.name.toLowerCase()) continue
      report({ message: `Stage name ${stage.name} should be lower case: write \`AS ${stage.name.toLowerCase()}\`.`, place: parsed.place(range) })
    }
  },
}

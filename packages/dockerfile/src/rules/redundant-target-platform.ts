import type { Rule } from '@deckcheck/core'
import type { ParsedDockerfile } from '../parse.ts'

export const redundantTargetPlatform: Rule<ParsedDockerfile> = {
  id: 'dockerfile/redundant-target-platform',
  aliases: ['RedundantTargetPlatform'],
  language: 'dockerfile',
  category: 'style',
  severity: 'warn',
  docs: {
    description: '`FROM --platform=$TARGETPLATFORM`, which is what FROM does anyway.',
    why: 'The target platform is the default: the flag adds nothing but noise (did the author mean `$BUILDPLATFORM`?).',
    bad: [{ code: 'FROM --platform=$TARGETPLATFORM python:3.13-slim\n' }],
    good: [{ code: 'FROM --platform=$BUILDPLATFORM python:3.13-slim AS build\nFROM python:3.13-slim\nCOPY --from=build /app /app\n' }],
    references: ['https://docs.docker.com/reference/build-checks/redundant-target-platform/'],
  },
  check({ parsed, report }) {
    for (const stage of parsed.stages) {
      const flag = stage.from.getPlatformFlag()
      if (!flag || !/^\$\{?TARGETPLATFORM\}?$/.test(flag.getValue() ?? '')) continue
      report({ message: '--platform=$TARGETPLATFORM is the default: remove it (or use $BUILDPLATFORM for a stage that runs on the build machine).', place: parsed.place(flag.getRange()) })
    }
  },
}

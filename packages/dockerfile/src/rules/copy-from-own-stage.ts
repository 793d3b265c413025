import type { Rule } from '@deckcheck/core'
import { flagNamed } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

export const copyFromOwnStage: Rule<ParsedDockerfile> = {
  id: 'dockerfile/copy-from-own-stage',
  aliases: ['DL3023'],
  language: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  docs: {
    description: '`COPY --from=<name>` inside the stage called `<name>`.',
    why: 'A stage cannot copy from itself: the build fails with a circular dependency.',
    bad: [{ code: 'FROM python:3.13-slim AS build\nCOPY --from=build /wheels /wheels\n' }],
    good: [{ code: 'FROM python:3.13-slim AS build\nRUN pip wheel --wheel-dir /wheels flask==3.1.0\nFROM python:3.13-slim\nCOPY --from=build /wheels /wheels\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3023'],
  },
  check({ parsed, report }) {
    for (const stage of parsed.stages) {
      for (const instruction of stage.instructions) {
        const from = instruction.getKeyword() === 'COPY' ? flagNamed(instruction, 'from') : undefined
        if (!from || !stage.name || from.getValue()?.toLowerCase() !== stage.name.toLowerCase()) continue
        report({ message: `COPY --from=${stage.name} is inside the stage ${stage.name} itself: copy from an earlier stage, or move this COPY to a later one.`, place: parsed.place(from.getValueRange() ?? from.getRange()) })
      }
    }
  },
}

import type { Rule } from '@deckcheck/core'
import { flagNamed } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

/** `--from` values that are images rather than stage names: a registry, a tag or a digest. */
const IMAGE = /[:/@]/

export const copyFromUnknownStage: Rule<ParsedDockerfile> = {
  id: 'dockerfile/copy-from-unknown-stage',
  aliases: ['DL3022'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: '`COPY --from=<name>` where no earlier stage has that name and the name is not an image reference.',
    why: 'Docker takes an unknown name for an image on Docker Hub: a typo in a stage name pulls (or fails to pull) an unrelated image. Unlike hadolint, images such as `--from=ghcr.io/astral-sh/uv:0.5.4` are not reported.',
    bad: [{ code: 'FROM python:3.13-slim AS build\nRUN pip wheel --wheel-dir /wheels flask==3.1.0\nFROM python:3.13-slim\nCOPY --from=biuld /wheels /wheels\n' }],
    good: [{ code: 'FROM python:3.13-slim AS build\nRUN pip wheel --wheel-dir /wheels flask==3.1.0\nFROM python:3.13-slim\nCOPY --from=build /wheels /wheels\nCOPY --from=ghcr.io/astral-sh/uv:0.5.4 /uv /bin/\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3022'],
  },
  check({ parsed, report }) {
    for (const stage of parsed.stages) {
      for (const instruction of stage.instructions) {
        const from = instruction.getKeyword() === 'COPY' ? flagNamed(instruction, 'from') : undefined
        const value = from?.getValue()
        if (!from || !value || IMAGE.test(value) || /^\d+$/.test(value) || value.includes('$')) continue
        const earlier = parsed.stages.slice(0, stage.index).map((s) => s.name?.toLowerCase())
        if (earlier.includes(value.toLowerCase()) || stage.name?.toLowerCase() === value.toLowerCase()) continue
        const names = earlier.filter(Boolean)
        report({ message: `No earlier stage is named ${value}, so Docker would pull an image called ${value}: ${names.length ? `use one of ${names.join(', ')}` : 'name the stage with `FROM … AS ' + value + '`'} or give a full image reference.`, place: parsed.place(from.getValueRange() ?? from.getRange()) })
      }
    }
  },
}

import type { Rule } from '@deckcheck/core'
import { isExecForm } from '../helpers.ts'
import type { ParsedDockerfile, Stage } from '../parse.ts'

/** True when the stage, or a stage it starts from, has a WORKDIR before `line`. */
function hasWorkdir(stage: Stage, line: number): boolean {
  if (stage.instructions.some((i) => i.getKeyword() === 'WORKDIR' && i.getRange().start.line < line)) return true
  return stage.parent ? hasWorkdir(stage.parent, Number.POSITIVE_INFINITY) : false
}

export const copyRelativeWithoutWorkdir: Rule<ParsedDockerfile> = {
  id: 'dockerfile/copy-relative-without-workdir',
  aliases: ['DL3045'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'COPY or ADD to a relative destination in a stage that has no WORKDIR yet.',
    why: 'The files land in whatever directory the base image chose (often `/`), which can change with the base image. Stages built on an earlier stage inherit its WORKDIR.',
    bad: [{ code: 'FROM python:3.13-slim\nCOPY script.py .\n' }],
    good: [{ code: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY script.py .\n' }, { code: 'FROM python:3.13-slim AS base\nWORKDIR /app\nFROM base\nCOPY script.py .\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3045'],
  },
  check({ parsed, report }) {
    for (const stage of parsed.stages) {
      for (const instruction of stage.instructions) {
        const keyword = instruction.getKeyword()
        if ((keyword !== 'COPY' && keyword !== 'ADD') || isExecForm(instruction)) continue
        const destination = instruction.getArguments().filter((a) => !a.getValue().startsWith('<<')).at(-1)
        const value = destination?.getValue()
        if (!destination || !value || instruction.getArguments().length < 2 || /^([/$]|[A-Za-z]:)/.test(value)) continue
        if (hasWorkdir(stage, instruction.getRange().start.line)) continue
        report({ message: `${keyword} to the relative path ${value} without a WORKDIR: add \`WORKDIR /app\` before it, or copy to an absolute path.`, place: parsed.place(destination.getRange()) })
      }
    }
  },
}

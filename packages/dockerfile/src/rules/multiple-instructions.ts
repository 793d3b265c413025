import type { Rule } from '@deckcheck/core'
import { keywordPlace } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

/** A rule for an instruction of which only the last one in a stage has any effect. */
function onlyLastCounts(keyword: 'CMD' | 'ENTRYPOINT' | 'HEALTHCHECK', meta: Pick<Rule<ParsedDockerfile>, 'id' | 'aliases' | 'severity' | 'docs'>): Rule<ParsedDockerfile> {
  return {
    ...meta,
    language: 'dockerfile',
    category: 'best-practice',
    check({ parsed, report }) {
      for (const stage of parsed.stages) {
        const all = stage.instructions.filter((instruction) => instruction.getKeyword() === keyword)
        for (const instruction of all.slice(0, -1)) {
          report({ message: `This ${keyword} has no effect: a later ${keyword} in the same stage replaces it. Keep only one ${keyword} per stage.`, place: keywordPlace(parsed, instruction) })
        }
      }
    },
  }
}

const buildkit = 'https://docs.docker.com/reference/build-checks/multiple-instructions-disallowed/'

export const multipleCmd = onlyLastCounts('CMD', {
  id: 'dockerfile/multiple-cmd',
  aliases: ['DL4003', 'MultipleInstructionsDisallowed'],
  severity: 'warn',
  docs: {
    description: 'More than one CMD in a build stage (BuildKit\'s MultipleInstructionsDisallowed, which also covers ENTRYPOINT and HEALTHCHECK, is listed here).',
    why: 'Only the last CMD of a stage is used; an earlier one suggests a command that never runs.',
    bad: [{ code: 'FROM python:3.13-slim\nCMD ["python", "-m", "app"]\nCMD ["python", "-m", "worker"]\n' }],
    good: [{ code: 'FROM python:3.13-slim AS test\nCMD ["pytest"]\nFROM python:3.13-slim\nCMD ["python", "-m", "app"]\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL4003', buildkit],
  },
})

export const multipleEntrypoint = onlyLastCounts('ENTRYPOINT', {
  id: 'dockerfile/multiple-entrypoint',
  aliases: ['DL4004'],
  severity: 'error',
  docs: {
    description: 'More than one ENTRYPOINT in a build stage.',
    why: 'Only the last ENTRYPOINT of a stage is used; the other one is dead code that misleads the reader.',
    bad: [{ code: 'FROM python:3.13-slim\nENTRYPOINT ["python"]\nENTRYPOINT ["uvicorn"]\n' }],
    good: [{ code: 'FROM python:3.13-slim\nENTRYPOINT ["uvicorn"]\nCMD ["app:app", "--host", "0.0.0.0"]\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL4004', buildkit],
  },
})

export const multipleHealthcheck = onlyLastCounts('HEALTHCHECK', {
  id: 'dockerfile/multiple-healthcheck',
  aliases: ['DL3012'],
  severity: 'error',
  docs: {
    description: 'More than one HEALTHCHECK in a build stage.',
    why: 'Only the last HEALTHCHECK of a stage is used; the other one never runs.',
    bad: [{ code: 'FROM python:3.13-slim\nHEALTHCHECK CMD ["python", "-c", "print(1)"]\nHEALTHCHECK NONE\n' }],
    good: [{ code: 'FROM python:3.13-slim\nHEALTHCHECK --interval=30s CMD ["python", "-m", "app.health"]\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3012', buildkit],
  },
})

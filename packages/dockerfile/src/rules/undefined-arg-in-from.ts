import type { Rule } from '@deckcheck/core'
import { globalArgs } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

/** ARGs BuildKit defines itself before the first FROM. */
export const PREDEFINED_ARGS = new Set(['BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT', 'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'TARGETSTAGE', 'BUILDKIT_SBOM_SCAN_STAGE', 'BUILDKIT_SBOM_SCAN_CONTEXT'])

export const undefinedArgInFrom: Rule<ParsedDockerfile> = {
  id: 'dockerfile/undefined-arg-in-from',
  aliases: ['UndefinedArgInFrom'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'A FROM that uses a variable no ARG before the first FROM declares.',
    why: 'FROM only sees ARGs declared before the first FROM (and the platform ARGs BuildKit defines); anything else is empty, so `FROM python:${PY}-slim` becomes `python:-slim`. An ARG inside an earlier stage does not count.',
    bad: [{ code: 'FROM python:${PYTHON_VERSION}-slim\n' }],
    good: [{ code: 'ARG PYTHON_VERSION=3.13\nFROM python:${PYTHON_VERSION}-slim\n' }, { code: 'FROM --platform=$BUILDPLATFORM python:3.13-slim AS build\n' }],
    references: ['https://docs.docker.com/reference/build-checks/undefined-arg-in-from/', 'https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact'],
  },
  check({ parsed, snippet, report }) {
    if (snippet.roles.includes('fragment')) return
    const declared = globalArgs(parsed)
    const emptyBase = parsed.diagnostics.filter((d) => d.name === 'BASE_NAME_EMPTY').map((d) => d.range.start.line)
    for (const stage of parsed.stages) {
      if (emptyBase.includes(stage.from.getRange().start.line)) continue
      for (const variable of stage.from.getVariables()) {
        const name = variable.getName()
        if (declared.has(name) || PREDEFINED_ARGS.has(name) || variable.getModifier() === '-' || variable.getModifier() === ':-') continue
        report({ message: `FROM uses $${name}, but no ARG ${name} is declared before the first FROM, so it is empty: add \`ARG ${name}=<default>\` at the top.`, place: parsed.place(variable.getRange()) })
      }
    }
  },
}

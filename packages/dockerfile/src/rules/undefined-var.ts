import type { Rule } from '@deckcheck/core'
import type { Instruction } from 'dockerfile-ast'
import { closest } from '../diagnostics.ts'
import { propertiesOf } from '../helpers.ts'
import type { ParsedDockerfile, Stage } from '../parse.ts'
import { PREDEFINED_ARGS } from './undefined-arg-in-from.ts'

/** Instructions whose variables Docker expands itself (RUN, CMD and ENTRYPOINT leave them to the shell). */
const EXPANDED = new Set(['ADD', 'COPY', 'ENV', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR', 'ARG'])

function declaredNames(instruction: Instruction): string[] {
  const keyword = instruction.getKeyword()
  if (keyword !== 'ARG' && keyword !== 'ENV') return []
  return propertiesOf(instruction).map((p) => p.getName())
}

/** Names declared in a stage (and the stages it builds on) before `line`. */
function declaredBefore(stage: Stage, line: number): string[] {
  const own = stage.instructions.filter((i) => i.getRange().start.line < line).flatMap(declaredNames)
  return stage.parent ? [...declaredBefore(stage.parent, Number.POSITIVE_INFINITY), ...own] : own
}

export const undefinedVar: Rule<ParsedDockerfile> = {
  id: 'dockerfile/undefined-var',
  aliases: ['UndefinedVar'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'A variable in COPY, ENV, WORKDIR, USER and the like that is not declared, where a declared name is one or two letters away (a typo).',
    why: 'An undeclared variable expands to nothing, silently: `WORKDIR $APP_HOEM` is `WORKDIR /`. BuildKit knows the base image\'s environment and reports every undeclared name; a snippet cannot know it (`$PATH` comes from the base image), so only likely typos of declared names are reported here.',
    bad: [{ code: 'FROM python:3.13-slim\nENV APP_HOME=/app\nWORKDIR $APP_HOEM\n' }],
    good: [{ code: 'FROM python:3.13-slim\nENV APP_HOME=/app\nWORKDIR $APP_HOME\nENV PATH=/app/.venv/bin:$PATH\n' }],
    references: ['https://docs.docker.com/reference/build-checks/undefined-var/'],
  },
  check({ parsed, report }) {
    for (const stage of parsed.stages) {
      for (const instruction of stage.instructions) {
        if (!EXPANDED.has(instruction.getKeyword())) continue
        const line = instruction.getRange().start.line
        const declared = [...declaredBefore(stage, line), ...declaredNames(instruction)]
        for (const variable of instruction.getVariables()) {
          const name = variable.getName()
          if (name.length < 4 || declared.includes(name) || PREDEFINED_ARGS.has(name)) continue
          const suggestion = closest(name, declared)
          if (!suggestion) continue
          report({ message: `$${name} is not declared, so it expands to nothing: did you mean $${suggestion}?`, place: parsed.place(variable.getNameRange()) })
        }
      }
    }
  },
}

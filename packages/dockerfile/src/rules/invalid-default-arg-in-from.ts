import type { Rule } from '@deckcheck/core'
import { globalArgs } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

/** A valid image reference: lower-case name parts, an optional tag and digest. */
const REFERENCE = /^[a-z0-9]+([._-][a-z0-9]+|__?)*(:\d+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)*(:[\w][\w.-]{0,127})?(@[a-z0-9]+:[a-f0-9]{32,})?$/

export const invalidDefaultArgInFrom: Rule<ParsedDockerfile> = {
  id: 'dockerfile/invalid-default-arg-in-from',
  aliases: ['InvalidDefaultArgInFrom'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'A FROM that is not a valid image reference with the default values of its ARGs (`ARG TAG` without a default, then `FROM python:$TAG`).',
    why: 'A plain `docker build` without `--build-arg` then fails with "invalid reference format": give the ARG a working default.',
    bad: [{ code: 'ARG PYTHON_VERSION\nFROM python:${PYTHON_VERSION}-slim\n' }],
    good: [{ code: 'ARG PYTHON_VERSION=3.13\nFROM python:${PYTHON_VERSION}-slim\n' }],
    references: ['https://docs.docker.com/reference/build-checks/invalid-default-arg-in-from/'],
  },
  check({ parsed, report }) {
    const args = globalArgs(parsed)
    for (const stage of parsed.stages) {
      const variables = stage.from.getVariables()
      if (variables.length === 0 || stage.parent) continue
      if (!variables.every((v) => args.has(v.getName()))) continue
      const resolved = stage.image.replace(/\$\{([A-Za-z_]\w*)(?::?([-+])([^}]*))?\}|\$([A-Za-z_]\w*)/g, (_, braced: string, modifier: string | undefined, word: string | undefined, bare: string) => {
        const value = args.get(braced ?? bare) ?? ''
        if (modifier === '-') return value || (word ?? '')
        if (modifier === '+') return value ? (word ?? '') : ''
        return value
      })
      if (REFERENCE.test(resolved)) continue
      const empty = variables.filter((v) => !args.get(v.getName())).map((v) => v.getName())
      report({ message: `With the default ARG values this FROM is \`${resolved}\`, not a valid image reference${empty.length ? `: give ${empty.map((n) => `ARG ${n}`).join(' and ')} a default` : ''}.`, place: parsed.place(stage.from.getImageRange() ?? stage.from.getRange()) })
    }
  },
}

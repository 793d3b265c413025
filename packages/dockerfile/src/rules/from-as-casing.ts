import type { Rule } from '@deckcheck/core'
import type { ParsedDockerfile } from '../parse.ts'

export const fromAsCasing: Rule<ParsedDockerfile> = {
  id: 'dockerfile/from-as-casing',
  aliases: ['FromAsCasing'],
  language: 'dockerfile',
  category: 'style',
  severity: 'warn',
  docs: {
    description: 'A FROM whose `AS` keyword is not in the same case as `FROM` (`FROM python:3.13-slim as build`).',
    why: 'Docker accepts both, but mixed case reads as a typo; BuildKit warns about it on every build.',
    bad: [{ code: 'FROM python:3.13-slim as build\nFROM python:3.13-slim\nCOPY --from=build /app /app\n' }],
    good: [{ code: 'FROM python:3.13-slim AS build\nFROM python:3.13-slim\nCOPY --from=build /app /app\n' }],
    references: ['https://docs.docker.com/reference/build-checks/from-as-casing/'],
  },
  check({ parsed, report }) {
    for (const stage of parsed.stages) {
      const as = stage.from.getArguments()[1]
      const from = stage.from.getInstruction()
      if (!as || as.getValue().toLowerCase() !== 'as') continue
      // A mixed-case `From` sets no expectation, as in BuildKit.
      const expected = from === from.toUpperCase() ? 'AS' : from === from.toLowerCase() ? 'as' : undefined
      if (!expected || as.getValue() === expected) continue
      report({ message: `'${as.getValue()}' and '${from}' keywords' casing do not match: write \`${from} … ${expected} <name>\`.`, place: parsed.place(as.getRange()) })
    }
  },
}

import type { Rule } from '@deckcheck/core'
import { keywordPlace } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

export const instructionCasing: Rule<ParsedDockerfile> = {
  id: 'dockerfile/instruction-casing',
  aliases: ['ConsistentInstructionCasing'],
  language: 'dockerfile',
  category: 'style',
  severity: 'warn',
  docs: {
    description: 'Instructions written in mixed case, or in a case other than that of most instructions in the file.',
    why: 'Docker accepts `run` as well as `RUN`, but a file that mixes them is harder to scan; the convention is upper case. BuildKit warns about it on every build.',
    bad: [{ code: 'FROM python:3.13-slim\nworkdir /app\nCOPY . .\n' }],
    good: [{ code: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\n' }, { code: 'from python:3.13-slim\nworkdir /app\ncopy . .\n' }],
    references: ['https://docs.docker.com/reference/build-checks/consistent-instruction-casing/'],
  },
  check({ parsed, report }) {
    const all = [...parsed.instructions, ...parsed.onbuildTriggers]
    const lower = all.filter((i) => i.getInstruction() === i.getInstruction().toLowerCase()).length
    const expected: 'upper' | 'lower' = lower > all.length - lower ? 'lower' : 'upper'
    for (const instruction of all) {
      const written = instruction.getInstruction()
      const wanted = expected === 'upper' ? written.toUpperCase() : written.toLowerCase()
      if (written === wanted) continue
      report({ message: `Instruction ${written} is not in the ${expected} case of the other instructions: write \`${wanted}\`.`, place: keywordPlace(parsed, instruction) })
    }
  },
}

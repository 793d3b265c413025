import type { Rule } from '@deckcheck/core'
import { keywordPlace } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

export const legacyKeyValueFormat: Rule<ParsedDockerfile> = {
  id: 'dockerfile/legacy-key-value-format',
  aliases: ['LegacyKeyValueFormat'],
  language: 'dockerfile',
  category: 'style',
  severity: 'warn',
  docs: {
    description: 'ENV or LABEL in the legacy `key value` form, without `=`.',
    why: 'In the legacy form everything after the first space is the value, so `ENV A 1 B 2` sets A to `1 B 2`; Docker deprecates it. Write `key=value`.',
    bad: [{ code: 'FROM python:3.13-slim\nENV PYTHONUNBUFFERED 1\n' }],
    good: [{ code: 'FROM python:3.13-slim\nENV PYTHONUNBUFFERED=1\n' }],
    references: ['https://docs.docker.com/reference/build-checks/legacy-key-value-format/'],
  },
  check({ parsed, report }) {
    for (const instruction of [...parsed.instructions, ...parsed.onbuildTriggers]) {
      const keyword = instruction.getKeyword()
      if (keyword !== 'ENV' && keyword !== 'LABEL') continue
      const args = instruction.getArguments()
      const first = args[0]?.getValue()
      if (!first || first.includes('=') || args.length < 2) continue
      const value = args.slice(1).map((a) => a.getValue()).join(' ')
      report({ message: `"${keyword} key value" is deprecated and reads everything after the key as the value: write \`${keyword} ${first}=${/\s/.test(value) ? JSON.stringify(value) : value}\`.`, place: keywordPlace(parsed, instruction) })
    }
  },
}

import type { Rule } from '@deckcheck/core'
import { isPythonImage } from '../helpers.ts'
import { externalFroms } from '../images.ts'
import type { ParsedDockerfile } from '../parse.ts'
import { endOfLife, oldestSupported } from '../python-releases.ts'

export const pythonEndOfLife: Rule<ParsedDockerfile> = {
  id: 'dockerfile/python-end-of-life',
  aliases: [],
  language: 'dockerfile',
  category: 'security',
  severity: 'warn',
  docs: {
    description: 'A `python:<version>` base image whose Python version has reached its end of life.',
    why: 'After its end of life a Python release gets no security fixes, and the official image stops being rebuilt: its Debian packages age too. The dates come from the table in `src/python-releases.ts` (the Python developer guide), compared with today.',
    bad: [{ code: 'FROM python:3.8-slim\n' }],
    good: [{ code: 'FROM python:3.13-slim\n' }],
    references: ['https://devguide.python.org/versions/', 'https://hub.docker.com/_/python'],
  },
  check({ parsed, report }) {
    const today = new Date()
    for (const { reference, place } of externalFroms(parsed)) {
      if (!isPythonImage(reference) || !reference.tag) continue
      const version = /^(\d+\.\d+)/.exec(reference.tag)?.[1]
      const eol = version && endOfLife(version, today)
      if (!eol) continue
      report({ message: `Python ${version} reached its end of life on ${eol} and gets no security fixes: use ${oldestSupported(today) ?? 'a supported version'} or newer (\`python:3.13-slim\`).`, place })
    }
  },
}

import type { Rule } from '@deckcheck/core'
import type { ParsedToml } from '../parse.ts'
import { endOfLife, minimumPython, oldestSupported, statedVersions } from '../python-versions.ts'

export const endOfLifePython: Rule<ParsedToml> = {
  id: 'toml/end-of-life-python',
  aliases: [],
  language: 'toml',
  kinds: ['pyproject'],
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'A `requires-python` minimum, classifier or tool target that is a Python version past its end of life (dates in `src/data/python-releases.ts`).',
    why: 'A Python past its end of life gets no security fixes; supporting it as a minimum holds the code back (older syntax, older dependencies that dropped it), and a slide that shows it teaches an outdated baseline. Raise the minimum to a supported version.',
    bad: [
      { code: '# pyproject.toml (fragment)\n[project]\nrequires-python = ">=3.8"\n' },
      { code: '# pyproject.toml (fragment)\n[tool.ruff]\ntarget-version = "py37"\n' },
    ],
    good: [{ code: '# pyproject.toml (fragment)\n[project]\nrequires-python = ">=3.13"\n\n[tool.ruff]\ntarget-version = "py313"\n' }],
    references: ['https://devguide.python.org/versions/'],
  },
  check({ parsed, report }) {
    const today = new Date()
    const minimum = minimumPython(parsed.tables, parsed.text)
    for (const stated of [...(minimum ? [minimum] : []), ...statedVersions(parsed.tables, parsed.text)]) {
      const ended = endOfLife(stated.version, today)
      if (!ended) continue
      report({ message: `Python ${stated.version} reached its end of life (${ended}) and gets no security fixes: make ${oldestSupported(today)} or newer the minimum in \`${stated.source}\`.`, place: stated.at })
    }
  },
}

import type { Rule } from '@deckcheck/core'
import type { ParsedRequirements } from '../requirements/parse.ts'

export const requirementsSyntax: Rule<ParsedRequirements> = {
  id: 'requirements/syntax',
  aliases: [],
  language: 'requirements',
  category: 'syntax',
  severity: 'error',
  docs: {
    description: 'A requirements.txt line that pip cannot read: not a PEP 508 requirement with PEP 440 versions, nor a path, URL or pip option.',
    why: '`pip install -r requirements.txt` stops at the first line it cannot parse and installs nothing: `requests=2.31` (one `=`), Poetry\'s `^2.0`, or an option pip does not know break every install, in CI and in the Docker build.',
    bad: [
      { code: '# requirements.txt\nrequests=2.32.3\n' },
      { code: '# requirements.txt\nclick==8.*.1\n' },
      { code: '# requirements.txt\n--upgrade\nrich==13.9.4\n' },
    ],
    good: [
      { code: '# requirements.txt\n--index-url https://pypi.org/simple\nrequests==2.32.3 --hash=sha256:70761cfe03c773ceb22aa2f671b4757976145175cdfca038c02654d061d6dcc6\ntomli==2.2.1 ; python_version < "3.11"  # for 3.10\n-e ./libs/shared\n' },
    ],
    references: ['https://pip.pypa.io/en/stable/reference/requirements-file-format/', 'https://packaging.python.org/en/latest/specifications/dependency-specifiers/'],
  },
  check({ parsed, report }) {
    for (const line of parsed.lines) {
      if (line.error) report({ message: `${line.error.message}.`, place: { offset: line.offset + line.error.start, endOffset: line.offset + Math.max(line.error.end, line.error.start + 1) } })
    }
  },
}

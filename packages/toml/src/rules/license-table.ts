import type { Rule } from '@deckcheck/core'
import { entryAt, isTable } from '../located.ts'
import type { ParsedToml } from '../parse.ts'

export const licenseTable: Rule<ParsedToml> = {
  id: 'toml/license-table',
  aliases: [],
  language: 'toml',
  kinds: ['pyproject'],
  category: 'schema',
  severity: 'warn',
  docs: {
    description: 'A `license` written as the old table form (`{ text = … }` or `{ file = … }`) instead of an SPDX expression string.',
    why: 'PEP 639 deprecated the table form: build backends warn today and will reject it. An SPDX expression (`license = "MIT"`) is what PyPI shows and what tools check, with the files listed in `license-files`.',
    bad: [{ code: '# pyproject.toml\n[project]\nname = "deckcheck"\nversion = "0.1.0"\nlicense = { text = "MIT" }\n' }],
    good: [{ code: '# pyproject.toml\n[project]\nname = "deckcheck"\nversion = "0.1.0"\nlicense = "MIT"\nlicense-files = ["LICENSE"]\n' }],
    references: ['https://peps.python.org/pep-0639/', 'https://packaging.python.org/en/latest/specifications/pyproject-toml/#license'],
  },
  check({ parsed, report }) {
    const license = entryAt(parsed.tables.project, 'license')
    if (!license || !isTable(license)) return
    const text = entryAt(license, 'text')?.value
    const fix = typeof text === 'string' && /^[\w.+-]+$/.test(text) ? `\`license = "${text}"\`` : 'an SPDX expression string (`license = "MIT"`) and `license-files = ["LICENSE"]`'
    report({ message: `The \`license\` table is deprecated (PEP 639): write ${fix}.`, place: license.at })
  },
}

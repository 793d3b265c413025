import type { Rule } from '@deckcheck/core'
import { lookup } from '../located.ts'
import type { ParsedToml } from '../parse.ts'
import { MISNAMED_FIELDS, PROJECT_FIELDS } from '../project-fields.ts'

export const projectUnknownKey: Rule<ParsedToml> = {
  id: 'toml/project-unknown-key',
  aliases: [],
  language: 'toml',
  kinds: ['pyproject'],
  category: 'schema',
  severity: 'error',
  docs: {
    description: 'A key in `[project]` that the pyproject.toml specification does not define (often a setup.py or Poetry name such as `install_requires` or `homepage`).',
    why: 'The specification closes `[project]`: build backends reject unknown keys, so a `python_requires` or `author` copied from setup.py fails the build. Tool-specific settings go under `[tool.<name>]`.',
    bad: [
      { code: '# pyproject.toml\n[project]\nname = "deckcheck"\nversion = "0.1.0"\npython_requires = ">=3.10"\n' },
      { code: '# pyproject.toml (fragment)\n[project]\nhomepage = "https://example.org"\n' },
    ],
    good: [{ code: '# pyproject.toml\n[project]\nname = "deckcheck"\nversion = "0.1.0"\nrequires-python = ">=3.10"\nurls = { Homepage = "https://example.org" }\n' }],
    references: ['https://packaging.python.org/en/latest/specifications/pyproject-toml/'],
  },
  check({ parsed, report }) {
    for (const [key, field] of parsed.tables.project?.entries ?? []) {
      if (lookup(PROJECT_FIELDS, key)) continue
      const dashed = key.toLowerCase().replace(/_/g, '-')
      const standard = lookup(MISNAMED_FIELDS, key.toLowerCase()) ?? (lookup(PROJECT_FIELDS, dashed) ? dashed : undefined)
      const fix = standard ? `write \`${standard}\`` : 'remove it, or move tool settings to `[tool.<name>]`'
      report({ message: `\`${key}\` is not a \`[project]\` field: ${fix}.`, place: field.key })
    }
  },
}

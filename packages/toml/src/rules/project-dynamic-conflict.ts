import type { Rule } from '@deckcheck/core'
import { entryAt, isString } from '../located.ts'
import type { ParsedToml } from '../parse.ts'
import { DYNAMIC_FIELDS } from '../project-fields.ts'

export const projectDynamicConflict: Rule<ParsedToml> = {
  id: 'toml/project-dynamic-conflict',
  aliases: [],
  language: 'toml',
  kinds: ['pyproject'],
  category: 'schema',
  severity: 'error',
  docs: {
    description: 'A `dynamic` entry that is also given statically, that names `name`, or that is not a `[project]` field.',
    why: 'A field is either written in `[project]` or computed by the backend, never both: the specification requires tools to fail on a field that is static and dynamic at once, and `name` can never be dynamic.',
    bad: [
      { code: '# pyproject.toml\n[project]\nname = "deckcheck"\nversion = "0.1.0"\ndynamic = ["version"]\n' },
      { code: '# pyproject.toml\n[project]\nname = "deckcheck"\ndynamic = ["name", "version"]\n' },
      { code: '# pyproject.toml\n[project]\nname = "deckcheck"\ndynamic = ["version", "readme-file"]\n' },
    ],
    good: [{ code: '# pyproject.toml\n[project]\nname = "deckcheck"\ndynamic = ["version", "readme"]\n' }],
    references: ['https://packaging.python.org/en/latest/specifications/pyproject-toml/#dynamic'],
  },
  check({ parsed, report }) {
    const project = parsed.tables.project
    for (const item of entryAt(project, 'dynamic')?.items ?? []) {
      if (!isString(item)) continue
      const field = item.value
      if (field === 'name') report({ message: '`name` cannot be dynamic: write it in `[project]`.', place: item.at })
      else if (!DYNAMIC_FIELDS.has(field)) report({ message: `\`${field}\` is not a \`[project]\` field that can be dynamic: list fields such as \`version\`, \`readme\` or \`dependencies\`.`, place: item.at })
      else if (project!.entries.has(field)) report({ message: `\`${field}\` is both written in \`[project]\` and listed in \`dynamic\`: keep one of them.`, place: item.at })
    }
  },
}

import type { Rule } from '@deckcheck/core'
import { entryAt } from '../located.ts'
import type { ParsedToml } from '../parse.ts'
import { isWholeFile } from '../pyproject.ts'

export const projectMissingField: Rule<ParsedToml> = {
  id: 'toml/project-missing-field',
  aliases: [],
  language: 'toml',
  kinds: ['pyproject'],
  category: 'schema',
  severity: 'error',
  docs: {
    description: 'A whole pyproject.toml whose `[project]` lacks `name`, or lacks `version` without listing it in `dynamic`.',
    why: 'Every distribution needs a name and a version; build backends refuse a `[project]` without them. A fragment (a slide showing only part of a file, marked `(fragment)` or without a project name) is not held to this.',
    bad: [
      { code: '# pyproject.toml\n[project]\nname = "deckcheck"\ndependencies = ["httpx>=0.27"]\n' },
      { code: '# pyproject.toml (whole file)\n[project]\nversion = "0.1.0"\n' },
    ],
    good: [
      { code: '# pyproject.toml\n[project]\nname = "deckcheck"\ndynamic = ["version"]\n' },
      { code: '# pyproject.toml (fragment)\n[project]\ndependencies = ["httpx>=0.27"]\n' },
    ],
    references: ['https://packaging.python.org/en/latest/specifications/pyproject-toml/#name'],
  },
  check({ snippet, parsed, report }) {
    const project = parsed.tables.project
    if (!project || !isWholeFile(snippet, parsed.tables)) return
    if (!project.entries.has('name')) report({ message: '`[project]` needs a `name`: `name = "my-package"`.', place: project.at })
    const dynamic = entryAt(project, 'dynamic')?.value
    if (!project.entries.has('version') && !(Array.isArray(dynamic) && dynamic.includes('version'))) {
      report({ message: '`[project]` needs a `version`, or `dynamic = ["version"]` when the build backend computes it (from a tag or `__version__`).', place: project.at })
    }
  },
}

import type { Rule } from '@deckcheck/core'
import { lookup } from '../located.ts'
import type { ParsedToml } from '../parse.ts'
import { PROJECT_FIELDS } from '../project-fields.ts'

export const projectField: Rule<ParsedToml> = {
  id: 'toml/project-field',
  aliases: [],
  language: 'toml',
  kinds: ['pyproject'],
  category: 'schema',
  severity: 'error',
  docs: {
    description: 'A `[project]` field of the wrong type or form: an invalid name, a version that is not PEP 440, a bad `requires-python`, `readme`, SPDX `license`, `license-files`, authors, URLs or entry points.',
    why: 'Build backends validate `[project]` before building anything: one malformed field and `pip install .`, `uv build` or `python -m build` stop with a validation error. A slide that shows `version = "v1.0-SNAPSHOT"` or `license = "Apache 2"` teaches a build that fails.',
    bad: [
      { code: '# pyproject.toml\n[project]\nname = "my package"\nversion = "0.1.0"\n' },
      { code: '# pyproject.toml\n[project]\nname = "deckcheck"\nversion = "1.0-SNAPSHOT"\n' },
      { code: '# pyproject.toml\n[project]\nname = "deckcheck"\nversion = "0.1.0"\nrequires-python = "3.10"\n' },
      { code: '# pyproject.toml\n[project]\nname = "deckcheck"\nversion = "0.1.0"\nlicense = "Apache 2"\n' },
      { code: '# pyproject.toml\n[project]\nname = "deckcheck"\nversion = "0.1.0"\nauthors = ["Ada Lovelace <ada@example.org>"]\n' },
      { code: '# pyproject.toml (fragment)\n[project.scripts]\ndeckcheck = "deckcheck/cli.py"\n' },
      { code: '# pyproject.toml\n[project]\nname = "deckcheck"\nversion = "0.1.0"\nlicense = "MIT"\nclassifiers = ["License :: OSI Approved :: MIT License"]\n' },
    ],
    good: [
      {
        code: '# pyproject.toml\n[project]\nname = "deckcheck"\nversion = "0.1.0"\ndescription = "Checks the code on your slides."\nreadme = "README.md"\nrequires-python = ">=3.12"\nlicense = "Apache-2.0 OR MIT"\nlicense-files = ["LICENSE*"]\nauthors = [{ name = "Ada Lovelace", email = "ada@example.org" }]\nclassifiers = ["Programming Language :: Python :: 3"]\n\n[project.urls]\nSource = "https://example.org/deckcheck"\n\n[project.scripts]\ndeckcheck = "deckcheck.cli:main"\n',
      },
      { code: '# pyproject.toml (fragment)\n[project.entry-points."deckcheck.plugins"]\ntoml = "deckcheck_toml:plugin"\n' },
    ],
    references: ['https://packaging.python.org/en/latest/specifications/pyproject-toml/', 'https://peps.python.org/pep-0440/', 'https://peps.python.org/pep-0639/'],
  },
  check({ parsed, report }) {
    const project = parsed.tables.project
    if (!project) return
    for (const [key, field] of project.entries) {
      for (const problem of lookup(PROJECT_FIELDS, key)?.(field, parsed.text, project) ?? []) report({ message: problem.message, place: problem.at })
    }
  },
}

import type { Rule } from '@deckcheck/core'
import type { ParsedToml } from '../parse.ts'

export const invalidRequirement: Rule<ParsedToml> = {
  id: 'toml/invalid-requirement',
  aliases: [],
  language: 'toml',
  kinds: ['pyproject'],
  category: 'schema',
  severity: 'error',
  docs: {
    description: 'A dependency string (in `dependencies`, `optional-dependencies`, `build-system.requires` or `[dependency-groups]`) that is not a PEP 508 requirement with PEP 440 specifiers.',
    why: 'pip, uv and every backend parse these strings with `packaging`: Poetry\'s `^1.2`, a single `=`, `>=2.x` or `~=1` make the install fail before anything is resolved.',
    bad: [
      { code: '# pyproject.toml (fragment)\n[project]\ndependencies = ["requests=2.31"]\n' },
      { code: '# pyproject.toml (fragment)\n[project]\ndependencies = ["pydantic^2.0"]\n' },
      { code: '# pyproject.toml (fragment)\n[project.optional-dependencies]\ntest = ["pytest>=8.x"]\n' },
      { code: '# pyproject.toml (fragment)\n[dependency-groups]\ndev = ["ruff~=0"]\n' },
      { code: '# pyproject.toml (fragment)\n[project]\ndependencies = [\'tomli; python_version < 3.11\']\n' },
    ],
    good: [
      { code: '# pyproject.toml (fragment)\n[project]\ndependencies = [\n  "httpx[http2]>=0.27,<1",\n  \'tomli>=2; python_version < "3.11"\',\n  "deck-tools @ https://example.org/deck_tools-1.0-py3-none-any.whl",\n]\n' },
    ],
    references: ['https://packaging.python.org/en/latest/specifications/dependency-specifiers/', 'https://packaging.python.org/en/latest/specifications/version-specifiers/'],
  },
  check({ parsed, report }) {
    for (const site of parsed.requirements) if (site.error) report({ message: `${site.error.message}.`, place: site.error.at })
  },
}

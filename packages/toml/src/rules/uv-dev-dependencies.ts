import type { Rule } from '@deckcheck/core'
import { entryAt } from '../located.ts'
import type { ParsedToml } from '../parse.ts'

export const uvDevDependencies: Rule<ParsedToml> = {
  id: 'toml/uv-dev-dependencies',
  aliases: [],
  language: 'toml',
  kinds: ['pyproject'],
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: '`[tool.uv] dev-dependencies`, which uv deprecated in favour of the standard `[dependency-groups]` (PEP 735).',
    why: 'uv reads `dev-dependencies` only for compatibility and warns that it will be removed; `uv add --group dev …`, the command the talks use, writes `[dependency-groups] dev = […]`, which pip, PDM and Poetry read too.',
    bad: [{ code: '# pyproject.toml (fragment)\n[tool.uv]\ndev-dependencies = ["pytest>=8", "ruff>=0.6"]\n' }],
    good: [{ code: '# pyproject.toml (fragment)\n[dependency-groups]\ndev = ["pytest>=8", "ruff>=0.6"]\n' }],
    references: ['https://docs.astral.sh/uv/concepts/projects/dependencies/#legacy-dev-dependencies', 'https://peps.python.org/pep-0735/'],
  },
  check({ parsed, report }) {
    const legacy = entryAt(parsed.tables.tool, 'uv', 'dev-dependencies')
    if (legacy) report({ message: '`tool.uv.dev-dependencies` is deprecated: move the list to `[dependency-groups]` as `dev = […]` (`uv add --group dev …` writes it there).', place: legacy.key })
  },
}

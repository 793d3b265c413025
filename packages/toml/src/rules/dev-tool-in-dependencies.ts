import type { Rule } from '@deckcheck/core'
import type { ParsedToml } from '../parse.ts'
import { DEV_TOOLS, projectName, requirementSpan, runtimeRequirements } from '../pyproject.ts'

export const devToolInDependencies: Rule<ParsedToml> = {
  id: 'toml/dev-tool-in-dependencies',
  aliases: [],
  language: 'toml',
  kinds: ['pyproject'],
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'A development tool (pytest, ruff, mypy, black, coverage, …) in the runtime `dependencies`.',
    why: '`dependencies` is what every user installs with the package. Test runners, linters and type checkers there bloat every install and production image and widen the attack surface; the talks keep them apart: "Separate dev dependencies", in a `[dependency-groups]` group (PEP 735, `uv sync --group dev`) that is never published.',
    bad: [{ code: '# pyproject.toml (fragment)\n[project]\ndependencies = ["httpx>=0.27", "pytest>=8", "ruff>=0.6"]\n' }],
    good: [
      { code: '# pyproject.toml (fragment)\n[project]\ndependencies = ["httpx>=0.27"]\n\n[dependency-groups]\ndev = ["pytest>=8", "ruff>=0.6"]\n' },
      { code: '# pyproject.toml\n[project]\nname = "pytest-slides"\nversion = "0.1.0"\ndependencies = ["pytest>=8"]\n' },
    ],
    references: ['https://peps.python.org/pep-0735/', 'https://docs.astral.sh/uv/concepts/projects/dependencies/#development-dependencies'],
  },
  check({ parsed, report }) {
    const name = projectName(parsed.tables) ?? ''
    for (const site of runtimeRequirements(parsed.requirements)) {
      const tool = site.requirement.normalized
      // A plugin (pytest-django, flake8-bugbear) or the tool's own distribution needs the tool to run.
      if (site.place !== 'dependencies' || !DEV_TOOLS.has(tool) || name === tool || name.startsWith(`${tool}-`)) continue
      report({
        message: `\`${site.requirement.name}\` is a development tool, not a runtime dependency: move it to \`[dependency-groups]\` (\`dev = ["${site.string.value}"]\`) so that users do not install it.`,
        place: requirementSpan(site, parsed.text, site.requirement.nameAt),
      })
    }
  },
}

import type { Rule } from '@deckcheck/core'
import type { ParsedToml } from '../parse.ts'
import { DEV_TOOLS, projectName, requirementSpan, runtimeRequirements } from '../pyproject.ts'

const LOWER_BOUNDS = new Set(['>=', '>', '~=', '==', '==='])

export const unconstrainedDependency: Rule<ParsedToml> = {
  id: 'toml/unconstrained-dependency',
  aliases: [],
  language: 'toml',
  kinds: ['pyproject'],
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'A runtime dependency with no lower bound: no version at all, only a wildcard, or only exclusions and caps.',
    why: "The talks' rule for libraries is \"minimum version only\": state the oldest version you tested against (`requests >= 2.25.0`), and let consumers resolve the rest. Without it, a resolver may pick an ancient release that lacks the API you call, and the failure shows up on a user's machine. (Applications pin in their lock file; their pyproject still states what they need.)",
    bad: [
      { code: '# pyproject.toml (fragment)\n[project]\ndependencies = ["requests", "pydantic>=2.0"]\n' },
      { code: '# pyproject.toml (fragment)\n[project.optional-dependencies]\nyaml = ["pyyaml<7"]\n' },
    ],
    good: [
      { code: '# pyproject.toml for a library (fragment)\n[project]\ndependencies = ["requests>=2.25.0", "click>=7.0", "pydantic>=1.8"]\n' },
      { code: '# pyproject.toml\n[project]\nname = "my-lib"\nversion = "1.0.0"\n\n[project.optional-dependencies]\ntest = ["pytest", "pytest-cov"]\ndev = ["my-lib[test]"]\n' },
    ],
    references: ['https://packaging.python.org/en/latest/discussions/install-requires-vs-requirements/'],
  },
  check({ parsed, report }) {
    const self = projectName(parsed.tables)
    for (const site of runtimeRequirements(parsed.requirements)) {
      const { requirement } = site
      // `dev = ["myproject[test]"]` refers to the project itself; tools in a `test` extra are for developers, who get the latest.
      if (requirement.normalized === self || (site.place === 'optional-dependencies' && DEV_TOOLS.has(requirement.normalized))) continue
      if (requirement.url || requirement.specifiers.some((spec) => LOWER_BOUNDS.has(spec.operator) && !/^0(\.0)*$/.test(spec.version))) continue
      report({
        message: `\`${requirement.name}\` has no lower bound: state the oldest version you support, \`${requirement.name}>=X.Y\`, so that no resolver picks a release without the API you use.`,
        place: requirementSpan(site, parsed.text, requirement.nameAt),
      })
    }
  },
}

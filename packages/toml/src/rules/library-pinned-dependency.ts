import type { Rule } from '@deckcheck/core'
import { lookup } from '../located.ts'
import type { ParsedToml } from '../parse.ts'
import { purpose, requirementSpan, runtimeRequirements } from '../pyproject.ts'

const CAPS: Record<string, string> = { '==': 'pins exactly', '===': 'pins exactly', '<': 'caps', '<=': 'caps', '~=': 'caps (`~=` is `>=` plus an upper bound)' }

export const libraryPinnedDependency: Rule<ParsedToml> = {
  id: 'toml/library-pinned-dependency',
  aliases: [],
  language: 'toml',
  kinds: ['pyproject'],
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'A library (a pyproject.toml declared `for a library`) whose runtime dependency is pinned exactly or capped with `<`, `<=` or `~=`.',
    why: 'A library cannot control its environment: it must coexist with every other package its users install. An exact pin or an upper bound makes its requirements conflict with theirs and blocks security fixes. The talks: "Libraries: be permissive. Minimum version only, avoid upper bounds, let consumers resolve." Applications pin, in a lock file.',
    bad: [
      { code: '# pyproject.toml for a library (fragment)\n[project]\ndependencies = ["requests==2.28.1"]\n' },
      { code: '# pyproject.toml for a library (fragment)\n[project]\ndependencies = ["click>=7.0,<9", "pydantic~=2.5"]\n' },
    ],
    good: [{ code: '# pyproject.toml for a library (fragment)\n[project]\ndependencies = ["requests>=2.25.0", "click>=7.0", "urllib3>=1.26,!=2.0.0"]\n' }],
    references: ['https://iscinumpy.dev/post/bound-version-constraints/', 'https://packaging.python.org/en/latest/discussions/install-requires-vs-requirements/'],
  },
  check({ snippet, parsed, report }) {
    if (purpose(snippet) !== 'library') return
    for (const site of runtimeRequirements(parsed.requirements)) {
      for (const spec of site.requirement.specifiers) {
        const what = lookup(CAPS, spec.operator)
        if (!what) continue
        report({
          message: `A library ${what} \`${site.requirement.name}\` with \`${spec.operator}${spec.version}\`: keep only a minimum (\`>=\`) so that it coexists with its users' other packages; pin in the application's lock file instead.`,
          place: requirementSpan(site, parsed.text, spec.at),
        })
      }
    }
  },
}

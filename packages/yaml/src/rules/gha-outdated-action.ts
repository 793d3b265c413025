import type { Rule } from '@deckcheck/core'
import { onSlide } from '../examples.ts'
import { ACTION_MAJORS, AS_OF } from '../github/versions.ts'
import { GITHUB_KINDS, parseUses, steps } from '../github/workflow.ts'
import type { ParsedYaml } from '../parse.ts'

export const ghaOutdatedAction: Rule<ParsedYaml> = {
  id: 'yaml/gha-outdated-action',
  aliases: [],
  language: 'yaml',
  kinds: GITHUB_KINDS,
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'A well-known action used at a major version that no longer runs on a supported Node (`actions/checkout@v4`).',
    why: 'Node 20 left GitHub\'s runners in September 2026: older majors run only because GitHub forces them onto Node 24, with a deprecation warning on every run, and get no fixes. A talk shows the version people will copy for years. The table of majors is dated, in one data file.',
    bad: [onSlide('- uses: actions/checkout@v4\n- uses: actions/setup-python@v5\n  with:\n    python-version: "3.13"\n')],
    good: [onSlide('- uses: actions/checkout@v6\n- uses: actions/setup-python@v6\n  with:\n    python-version: "3.13"\n')],
    references: ['https://github.blog/changelog/2025-09-19-deprecation-of-node-20-on-github-actions-runners/'],
  },
  check({ parsed, report }) {
    for (const { document, step, path } of steps(parsed)) {
      const uses = parseUses(step.uses)
      const minimum = uses && ACTION_MAJORS[uses.action]
      const major = uses && /^v?(\d+)(\.|$)/.exec(uses.ref)
      if (!minimum || !major || Number(major[1]) >= minimum) continue
      report({
        message: `\`${uses.action}@${uses.ref}\` is outdated (it predates Node 24 on the runners): use \`${uses.action}@v${minimum}\` or later (as of ${AS_OF}).`,
        place: document.place([...path, 'uses'], 'value'),
      })
    }
  },
}

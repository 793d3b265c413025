import type { Rule } from '@deckcheck/core'
import { onSlide } from '../examples.ts'
import { GITHUB_KINDS, parseUses, steps } from '../github/workflow.ts'
import type { ParsedYaml } from '../parse.ts'

/** Owners whose actions GitHub itself maintains: a tag is an accepted pin for them (zizmor's default). */
const FIRST_PARTY = new Set(['actions', 'github'])

export const ghaUnpinnedAction: Rule<ParsedYaml> = {
  id: 'yaml/gha-unpinned-action',
  aliases: ['unpinned-uses'],
  language: 'yaml',
  kinds: GITHUB_KINDS,
  category: 'security',
  severity: 'warn',
  docs: {
    description: 'A third-party action referenced by a tag or branch instead of a full commit SHA.',
    why: 'A tag can be moved: whoever controls the action (or steals its maintainer\'s token, as in the tj-actions/changed-files compromise of 2025) changes the code your workflow runs, with your secrets. A full SHA cannot be moved; keep the version in a comment for humans and Dependabot.',
    bad: [onSlide('- uses: actions/checkout@v6\n- uses: astral-sh/setup-uv@v7\n')],
    good: [onSlide('- uses: actions/checkout@v6\n- uses: astral-sh/setup-uv@37802adc94f370d6bfd71619e3f0bf239e1f3b78 # v7\n')],
    references: ['https://docs.zizmor.sh/audits/#unpinned-uses', 'https://docs.github.com/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions'],
  },
  check({ parsed, report }) {
    for (const { document, step, path } of steps(parsed)) {
      const uses = parseUses(step.uses)
      if (!uses || FIRST_PARTY.has(uses.action.split('/')[0]!) || /^[0-9a-f]{40}$/.test(uses.ref)) continue
      report({
        message: `Pin \`${uses.action}\` to a full commit SHA (\`${uses.action}@<40-hex sha> # ${uses.ref}\`): the tag \`${uses.ref}\` can be moved to other code.`,
        place: document.place([...path, 'uses'], 'value'),
      })
    }
  },
}

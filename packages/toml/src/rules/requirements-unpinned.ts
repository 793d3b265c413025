import type { Rule } from '@deckcheck/core'
import type { ParsedRequirements } from '../requirements/parse.ts'

export const requirementsUnpinned: Rule<ParsedRequirements> = {
  id: 'requirements/unpinned',
  aliases: [],
  language: 'requirements',
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'A requirement in an application\'s requirements.txt that is not pinned to one version with `==`.',
    why: 'The talks: "Applications: pin everything", transitive dependencies included, for reproducible installs. A range in requirements.txt installs whatever is newest on the day of the build, so two builds of the same commit differ. (A `requirements.in` for pip-compile and a requirements file declared `for a library` are meant to be loose and are not checked.)',
    bad: [{ code: '# requirements.txt for an application\nrequests>=2.28\nclick==8.1.*\npydantic\n' }],
    good: [
      { code: '# requirements.txt for an application\nrequests==2.32.3\nclick==8.1.8\nurllib3==2.3.0  # even transitive deps\n' },
      { code: '# requirements.in\nrequests>=2.28\n' },
    ],
    references: ['https://pip.pypa.io/en/stable/topics/repeatable-installs/'],
  },
  check({ snippet, parsed, report }) {
    if (snippet.roles.includes('library') || (snippet.filename && !/\.txt$/i.test(snippet.filename))) return
    for (const line of parsed.lines) {
      const requirement = line.requirement
      if (!requirement || requirement.url) continue
      const pins = requirement.specifiers.filter((spec) => (spec.operator === '==' && !spec.version.endsWith('.*')) || spec.operator === '===')
      if (pins.length > 0) continue
      const at = requirement.specifiers[0]?.at ?? requirement.nameAt
      report({
        message: `\`${line.text}\` is not pinned: an application pins every requirement to the version it tested, \`${requirement.name}==X.Y.Z\` (pip-compile or \`uv pip compile\` write them for you).`,
        place: { offset: line.offset + (requirement.specifiers.length ? at.start : requirement.nameAt.start), endOffset: line.offset + (requirement.specifiers.at(-1)?.at.end ?? requirement.nameAt.end) },
      })
    }
  },
}

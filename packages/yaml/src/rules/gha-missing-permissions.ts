import type { Rule } from '@deckcheck/core'
import { onSlide } from '../examples.ts'
import { jobs } from '../github/workflow.ts'
import { isObject } from '../data.ts'
import type { ParsedYaml } from '../parse.ts'

export const ghaMissingPermissions: Rule<ParsedYaml> = {
  id: 'yaml/gha-missing-permissions',
  aliases: ['excessive-permissions'],
  language: 'yaml',
  kinds: ['github-workflow'],
  category: 'security',
  severity: 'warn',
  docs: {
    description: 'A workflow with no `permissions:` block, at the top or on every job.',
    why: 'Without one, the `GITHUB_TOKEN` gets the repository\'s default permissions, often read-write on everything: a compromised step or dependency can push code or publish a release. `permissions: contents: read` at the top, widened per job where needed, is least privilege.',
    bad: [onSlide('# .github/workflows/test.yml\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v6\n')],
    good: [onSlide('# .github/workflows/test.yml\non: push\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v6\n')],
    references: ['https://docs.zizmor.sh/audits/#excessive-permissions', 'https://docs.github.com/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token'],
  },
  check({ snippet, parsed, report }) {
    if (snippet.roles.includes('fragment')) return
    for (const document of parsed.data) {
      if (!isObject(document.value) || !isObject(document.value.jobs) || document.value.permissions !== undefined) continue
      const unrestricted = jobs(parsed).filter((job) => job.document === document && job.job.permissions === undefined && job.job.uses === undefined)
      if (unrestricted.length === 0) continue
      report({
        message: `The workflow sets no \`permissions:\`, so the token gets the repository defaults: add \`permissions: { contents: read }\` at the top and widen it per job.`,
        place: document.place(['jobs']),
      })
    }
  },
}

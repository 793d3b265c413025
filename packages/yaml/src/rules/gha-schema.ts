import type { Rule, Snippet } from '@deckcheck/core'
import { isObject } from '../data.ts'
import { onSlide } from '../examples.ts'
import { validateWorkflow } from '../github/schema.ts'
import { GITHUB_KINDS } from '../github/workflow.ts'
import type { ParsedYaml } from '../parse.ts'

export const ghaSchema: Rule<ParsedYaml> = {
  id: 'yaml/gha-schema',
  aliases: ['syntax-check', 'expression'],
  language: 'yaml',
  kinds: GITHUB_KINDS,
  category: 'schema',
  severity: 'error',
  docs: {
    description: 'A GitHub Actions workflow, job map, step list or action that GitHub would reject: unknown or missing keys, wrong types, broken `${{ }}` expressions, unknown contexts, bad cron.',
    why: 'GitHub refuses such a workflow before its first step ("Invalid workflow file"), and the slide shows the audience a CI that never ran. This uses GitHub\'s own parser, so it agrees with GitHub; a step list or `jobs:` map alone is checked as that part of a workflow.',
    bad: [
      onSlide('# .github/workflows/test.yml\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v6\n        with:\n          fetch-depth: 0\n        wiht:\n          lfs: true\n'),
      onSlide('# .github/workflows/test.yml\non: push\njobs:\n  test:\n    steps:\n      - run: echo "${{ github.sha }"\n'),
      onSlide('- uses: actions/checkout@v6\n- name: Test\n  runs: pytest\n'),
    ],
    good: [
      onSlide('# .github/workflows/test.yml\non: push\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v6\n      - run: echo "${{ github.sha }}"\n'),
      onSlide('- uses: actions/checkout@v6\n- name: Test\n  run: pytest\n'),
    ],
    references: ['https://docs.github.com/actions/writing-workflows/workflow-syntax-for-github-actions', 'https://github.com/actions/languageservices/tree/main/workflow-parser'],
  },
  async check({ snippet, parsed, report }) {
    if (parsed.errors.length > 0 || !snippet.kind) return
    for (const problem of await validateWorkflow(shape(snippet, parsed), snippet.value)) {
      report({ message: problem.message, place: problem })
    }
  },
}

/**
 * What the snippet holds, when its file name says more than its content: a step list excerpt of
 * `.github/workflows/deploy.yml` is checked as steps, a `(fragment)` without `on:` as jobs.
 */
function shape(snippet: Snippet, parsed: ParsedYaml): string {
  const value = parsed.data[0]?.value
  if (Array.isArray(value)) return 'github-steps'
  if (snippet.kind === 'github-workflow' && isObject(value) && value.on === undefined && value.jobs !== undefined && snippet.roles.includes('fragment')) {
    return 'github-jobs'
  }
  return snippet.kind!
}

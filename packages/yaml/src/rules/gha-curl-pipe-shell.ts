import type { Rule } from '@deckcheck/core'
import { onSlide } from '../examples.ts'
import { GITHUB_KINDS, steps, textPlace } from '../github/workflow.ts'
import type { ParsedYaml } from '../parse.ts'

/** `curl … | sh`, `wget -qO- … | sudo bash`, `… | python3 -`: a download piped into an interpreter. */
const PIPE_TO_SHELL = /\b(curl|wget)\b[^|\n;&]*\|\s*(sudo\s+(-\S+\s+)*)?(env\s+\S+=\S+\s+)*(ba|z|da|k)?sh\b|\b(curl|wget)\b[^|\n;&]*\|\s*(sudo\s+)?python3?\s+-/

export const ghaCurlPipeShell: Rule<ParsedYaml> = {
  id: 'yaml/gha-curl-pipe-shell',
  aliases: [],
  language: 'yaml',
  kinds: GITHUB_KINDS,
  category: 'security',
  severity: 'warn',
  docs: {
    description: 'A `run:` step that pipes a downloaded script straight into a shell (`curl … | sh`).',
    why: 'The CI runs whatever the server returns at that moment, with the job\'s token and secrets, and nothing records what it was: a compromised or hijacked URL owns the build. Use the tool\'s own action or package, or download a pinned version and check its checksum before running it.',
    bad: [onSlide('- run: curl -LsSf https://astral.sh/uv/install.sh | sh\n')],
    good: [onSlide('- uses: astral-sh/setup-uv@37802adc94f370d6bfd71619e3f0bf239e1f3b78 # v7\n')],
    references: ['https://docs.github.com/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions'],
  },
  check({ snippet, parsed, report }) {
    for (const { document, step, path } of steps(parsed)) {
      if (typeof step.run !== 'string') continue
      const match = PIPE_TO_SHELL.exec(step.run)
      if (!match) continue
      report({
        message: 'A downloaded script is piped into a shell: use the tool\'s action or package, or download a pinned release and verify its checksum before running it.',
        place: textPlace(snippet.value, document, [...path, 'run'], match[0]),
      })
    }
  },
}

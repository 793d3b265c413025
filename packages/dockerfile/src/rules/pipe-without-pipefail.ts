import type { Rule } from '@deckcheck/core'
import { isExecForm } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

export const pipeWithoutPipefail: Rule<ParsedDockerfile> = {
  id: 'dockerfile/pipe-without-pipefail',
  aliases: ['DL4006'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'A RUN with a pipe (`a | b`) while the shell does not fail on a failing pipe stage.',
    why: 'The exit status of a pipeline is that of its last command: `curl … | tar x` with a failed download still "succeeds" and the build goes on with a broken layer. `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (or `set -o pipefail` in the RUN) makes it fail.',
    bad: [{ code: 'FROM buildpack-deps:bookworm-curl\nRUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /opt\n' }],
    good: [{ code: 'FROM buildpack-deps:bookworm-curl\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /opt\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL4006'],
  },
  check({ parsed, report }) {
    for (const run of parsed.runs) {
      if (!run.script.hasPipe || !run.stage) continue
      const line = run.instruction.getRange().start.line
      const shell = run.stage.instructions.filter((i) => i.getKeyword() === 'SHELL' && i.getRange().start.line < line).at(-1)
      if (shell && isExecForm(shell) && /pipefail/.test(shell.getArgumentsContent() ?? '')) continue
      if (run.commands.some((c) => c.name === 'set' && c.words.some((w) => w.value === 'pipefail'))) continue
      const piped = run.commands.find((c) => c.pipedFrom)
      report({ message: 'A pipe hides the failure of every command but the last: add `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before this RUN (or start it with `set -o pipefail &&` in bash).', place: piped ? { offset: piped.pipedFrom!.offset, endOffset: piped.endOffset } : undefined })
    }
  },
}

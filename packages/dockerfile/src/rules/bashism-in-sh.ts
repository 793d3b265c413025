import type { Rule } from '@deckcheck/core'
import { baseImageOf, isExecForm } from '../helpers.ts'
import type { ParsedDockerfile, Stage } from '../parse.ts'

/** True when a SHELL instruction in the stage (or a stage it builds on) selects bash. */
function runsBash(stage: Stage): boolean {
  const shell = stage.instructions.filter((i) => i.getKeyword() === 'SHELL' && isExecForm(i)).at(-1)
  if (shell) return /bash/.test(shell.getArgumentsContent() ?? '')
  return stage.parent ? runsBash(stage.parent) : false
}

export const bashismInSh: Rule<ParsedDockerfile> = {
  id: 'dockerfile/bashism-in-sh',
  aliases: ['SC3046', 'SC3010', 'SC3006', 'SC3001', 'SC2113'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'error',
  docs: {
    description: 'Bash syntax (`source`, `[[ … ]]`, `(( … ))`, `<( … )`, `function f`) in a RUN that runs under /bin/sh.',
    why: 'RUN uses `/bin/sh -c`, which on Debian-based images (python:*-slim included) is dash: `source venv/bin/activate` fails with "source: not found" and `[[` with "[[: not found", so the build stops. Use the POSIX forms (`.`, `[ … ]`) or switch the shell with `SHELL ["/bin/bash", "-c"]`. Alpine images (busybox ash understands most of these) are not reported.',
    bad: [{ code: 'FROM python:3.13-slim\nRUN python -m venv /opt/venv && source /opt/venv/bin/activate && pip install --no-cache-dir httpx==0.28.1\n' }, { code: 'FROM python:3.13-slim\nRUN if [[ -f requirements.txt ]]; then pip install --no-cache-dir -r requirements.txt; fi\n' }],
    good: [
      { code: 'FROM python:3.13-slim\nRUN python -m venv /opt/venv && . /opt/venv/bin/activate && pip install --no-cache-dir httpx==0.28.1\n' },
      { code: 'FROM python:3.13-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN if [[ -f requirements.txt ]]; then pip install --no-cache-dir -r requirements.txt; fi\n' },
    ],
    references: ['https://www.shellcheck.net/wiki/SC3046', 'https://www.shellcheck.net/wiki/SC3010', 'https://docs.docker.com/reference/dockerfile/#shell'],
  },
  check({ parsed, report }) {
    for (const run of parsed.runs) {
      const stage = run.stage
      if (!stage || run.script.bashisms.length === 0 || runsBash(stage)) continue
      const base = baseImageOf(parsed, stage)
      if (base && /alpine|busybox/.test(`${base.reference.name}:${base.reference.tag ?? ''}`)) continue
      for (const bashism of run.script.bashisms) {
        const instead = bashism.code === 'SC3046' ? 'write `.` instead' : bashism.code === 'SC3010' ? 'write `[ … ]` instead' : 'rewrite it in POSIX sh'
        report({ message: `${bashism.what} is bash, but RUN runs /bin/sh (dash on Debian images), where it fails: ${instead}, or add \`SHELL ["/bin/bash", "-c"]\` before this RUN.`, place: { offset: bashism.offset, endOffset: bashism.endOffset } })
      }
    }
  },
}

import type { Rule } from '@deckcheck/core'
import type { Instruction } from 'dockerfile-ast'
import { keywordPlace } from '../helpers.ts'
import type { ParsedDockerfile, Stage } from '../parse.ts'

const ROOT = /^(root|0)(:.*)?$/

/** The last USER in effect at the end of a stage, following `FROM <earlier stage>`. */
function lastUser(stage: Stage): Instruction | undefined {
  return stage.instructions.filter((i) => i.getKeyword() === 'USER').at(-1) ?? (stage.parent ? lastUser(stage.parent) : undefined)
}

export const runsAsRoot: Rule<ParsedDockerfile> = {
  id: 'dockerfile/runs-as-root',
  aliases: ['DL3002'],
  language: 'dockerfile',
  category: 'security',
  severity: 'warn',
  docs: {
    description: 'A final stage that runs as root: no USER at all, or a last USER that is root.',
    why: 'The talks: a production image should switch to an unprivileged user, so that a compromised process is not root in the container (and, with a shared kernel, closer to root on the host). hadolint only reports an explicit `USER root`; a Dockerfile that never sets USER runs as root just the same, so it is reported too. Build stages are not reported: they never run. Fragments (`# Dockerfile (fragment)`) and images of `scratch`/distroless are not reported without a USER.',
    bad: [{ code: 'FROM python:3.13-slim\nCOPY app.py /app/\nCMD ["python", "/app/app.py"]\n' }, { code: 'FROM python:3.13-slim\nRUN useradd --create-home app\nUSER app\nRUN pip install --no-cache-dir uv==0.5.4\nUSER root\n' }],
    good: [
      { code: 'FROM python:3.13-slim\nRUN useradd --create-home --uid 10001 app\nUSER app\nCMD ["python", "-m", "app"]\n' },
      { code: 'FROM python:3.13-slim AS build\nRUN pip wheel --wheel-dir /wheels flask==3.1.0\nFROM python:3.13-slim\nCOPY --from=build /wheels /wheels\nUSER 10001\n' },
    ],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3002', 'https://docs.docker.com/build/building/best-practices/#user'],
  },
  check({ parsed, snippet, report }) {
    const stage = parsed.stages.find((s) => s.final)
    if (!stage) return
    const user = lastUser(stage)
    if (user) {
      const name = user.getArguments()[0]?.getValue() ?? ''
      if (ROOT.test(name)) report({ message: `The image runs as ${name}: switch to an unprivileged user at the end, e.g. \`RUN useradd --create-home --uid 10001 app\` and \`USER app\`.`, place: keywordPlace(parsed, user) })
      return
    }
    if (snippet.roles.includes('fragment') || /^(scratch$|gcr\.io\/distroless\/.*nonroot|cgr\.dev\/)/.test(stage.image)) return
    report({ message: 'The final stage never sets USER, so the container runs as root: add `RUN useradd --create-home --uid 10001 app` and `USER app` before CMD.', place: keywordPlace(parsed, stage.from) })
  },
}

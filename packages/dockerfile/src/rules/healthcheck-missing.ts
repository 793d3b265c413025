import type { Rule } from '@deckcheck/core'
import { keywordPlace } from '../helpers.ts'
import type { ParsedDockerfile, Stage } from '../parse.ts'

function hasHealthcheck(stage: Stage): boolean {
  return stage.instructions.some((i) => i.getKeyword() === 'HEALTHCHECK') || (stage.parent ? hasHealthcheck(stage.parent) : false)
}

export const healthcheckMissing: Rule<ParsedDockerfile> = {
  id: 'dockerfile/healthcheck-missing',
  aliases: ['DL3057'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'warn',
  recommended: false,
  docs: {
    description: 'A final stage without HEALTHCHECK.',
    why: 'Without a health check Docker and Compose only know that the process runs, not that it answers. Off by default, as in hadolint: Kubernetes ignores HEALTHCHECK and uses its own probes, and the base image may define one.',
    bad: [{ code: 'FROM python:3.13-slim\nUSER 10001\nCMD ["python", "-m", "app"]\n' }],
    good: [{ code: 'FROM python:3.13-slim\nUSER 10001\nHEALTHCHECK CMD ["python", "-c", "import urllib.request; urllib.request.urlopen(\'http://localhost:8000/health\')"]\nCMD ["python", "-m", "app"]\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3057', 'https://docs.docker.com/reference/dockerfile/#healthcheck'],
  },
  check({ parsed, snippet, report }) {
    const final = parsed.stages.find((s) => s.final)
    if (!final || snippet.roles.includes('fragment') || hasHealthcheck(final)) return
    report({ message: 'The image defines no HEALTHCHECK: add one that calls a health endpoint, e.g. `HEALTHCHECK CMD ["python", "-c", "…urlopen(\'http://localhost:8000/health\')"]`.', place: keywordPlace(parsed, final.from) })
  },
}

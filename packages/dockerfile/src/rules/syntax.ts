import type { Report, Rule, Snippet } from '@deckcheck/core'
import { execFormProblems, runFlagProblems } from '../checks.ts'
import { describeDiagnostic, handlingOf, stillAnError } from '../diagnostics.ts'
import type { ParsedDockerfile, ValidatorDiagnostic } from '../parse.ts'

/** Snippets marked as excerpts (`# Dockerfile (fragment)`, `<!-- deckcheck-file Dockerfile fragment -->`). */
function isFragment(snippet: Snippet): boolean {
  return snippet.roles.includes('fragment')
}

function sameRange(a: ValidatorDiagnostic, b: ValidatorDiagnostic): boolean {
  return a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character
}

/** Everything in a Dockerfile snippet that makes `docker build` fail before running a step. */
export function syntaxReports(parsed: ParsedDockerfile, snippet: Snippet): Report[] {
  const reports: Report[] = []
  for (const directive of parsed.duplicateDirectives) {
    // dockerfile-utils reports a second `escape` itself.
    if (directive.name === 'escape') continue
    reports.push({
      message: `Only one \`# ${directive.name}=\` parser directive may be used, and Docker refuses a second one: remove this line.`,
      place: parsed.place(directive.range),
    })
  }
  const errors = parsed.diagnostics.filter((d) => handlingOf(d) === 'error' && stillAnError(d, parsed))
  const unknown = errors.filter((d) => d.name === 'UNKNOWN_INSTRUCTION')
  for (const diagnostic of errors) {
    if (diagnostic.name === 'NO_SOURCE_IMAGE' || diagnostic.name === 'BASE_NAME_EMPTY') {
      if (isFragment(snippet)) continue
    }
    if (diagnostic.name === 'NO_SOURCE_IMAGE') {
      // `FORM python:3.12` is one mistake: the unknown instruction says it better.
      if (unknown.some((u) => sameRange(u, diagnostic))) continue
      const onlyArgs = parsed.instructions.every((instruction) => instruction.getKeyword() === 'ARG')
      // No FROM anywhere: the whole block is the problem.
      reports.push({ message: describeDiagnostic(diagnostic, parsed), place: onlyArgs ? undefined : parsed.place(diagnostic.range) })
      continue
    }
    reports.push({ message: describeDiagnostic(diagnostic, parsed), place: parsed.place(diagnostic.range) })
  }
  for (const problem of [...execFormProblems(parsed), ...runFlagProblems(parsed)]) {
    reports.push({ message: problem.message, place: { offset: problem.offset, endOffset: problem.endOffset } })
  }
  return reports
}

export const syntax: Rule<ParsedDockerfile> = {
  id: 'dockerfile/syntax',
  aliases: ['DL1000', 'DL3061'],
  language: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  docs: {
    description:
      'A Dockerfile that `docker build` rejects: an unknown instruction, missing arguments, a malformed exec-form JSON array, an unknown or empty flag (FROM, COPY, ADD, RUN, HEALTHCHECK), a first instruction other than FROM (ARG and parser directives may precede it), or an invalid parser directive.',
    why:
      'A listener who copies the Dockerfile from the slide gets a parse error instead of an image. A malformed exec form such as `CMD ["python", "app.py"` is worse: Docker silently falls back to shell form, builds the image, and the container fails when it starts. ' +
      'A snippet is taken as a whole Dockerfile, so an empty one or one without FROM is reported; mark an excerpt with a first line `# Dockerfile (fragment)` (or `<!-- deckcheck-file Dockerfile fragment -->`) and it needs no FROM of its own.',
    bad: [
      { code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPPY requirements.txt /app/\n' },
      { code: 'FROM python:3.12-slim\nCOPY app.py /app/\nCMD ["python", "/app/app.py"\n' },
      { code: 'FROM python:3.12-slim\nCOPY requirements.txt\n' },
      { code: 'FROM python:3.12-slim\nRUN --mnt=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n' },
      { code: 'FROM python:3.12-slim AS build\nFROM python:3.12-slim\nCOPY --from= /app /app\n' },
      { code: 'WORKDIR /app\nFROM python:3.12-slim\n' },
      { code: '# escape=/\nFROM python:3.12-slim\n' },
      { code: '# Dockerfile\n' },
    ],
    good: [
      {
        code: [
          '# syntax=docker/dockerfile:1',
          'ARG PYTHON_VERSION=3.12',
          'FROM python:${PYTHON_VERSION}-slim AS build',
          'WORKDIR /app',
          'COPY requirements.txt .',
          'RUN --mount=type=cache,target=/root/.cache/pip \\',
          '    pip install --prefix=/install -r requirements.txt',
          '',
          'FROM python:${PYTHON_VERSION}-slim',
          'COPY --from=build /install /usr/local',
          'RUN <<EOF',
          'useradd --create-home app',
          'mkdir -p /app/data',
          'EOF',
          'USER app',
          'COPY --chown=app:app . /app/',
          'HEALTHCHECK --interval=30s CMD ["python", "-c", "import urllib.request; urllib.request.urlopen(\'http://localhost:8000/health\')"]',
          'ENTRYPOINT ["python", "-m", "app"]',
          '',
        ].join('\n'),
      },
      { code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -Command `\n    Write-Host hello\n' },
      { code: '# Dockerfile (fragment)\nRUN pip install --no-cache-dir -r requirements.txt\n' },
    ],
    references: ['https://docs.docker.com/reference/dockerfile/', 'https://docs.docker.com/reference/dockerfile/#parser-directives', 'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form'],
  },
  check({ parsed, snippet, report }) {
    for (const r of syntaxReports(parsed, snippet)) report(r)
  },
}

import { checkMarkdown } from '@deckcheck/core/testing'
import { describe, expect, it } from 'vitest'
import { remarkDeckcheckDockerfile } from '../src/index.ts'

/** A deck whose Dockerfile fence opens on line 7: snippet line n is deck line 7 + n. */
function deck(dockerfile: string, lang = 'dockerfile'): string {
  return ['---', 'title: Containers', '---', '', '# Build the image', '', `\`\`\`${lang}`, dockerfile, '```', ''].join('\n')
}

const FENCE = 7

async function findings(markdown: string) {
  const result = await checkMarkdown(markdown, [remarkDeckcheckDockerfile])
  // This file is about what Docker's parser refuses or warns about; best-practice rules have their own tests.
  return result.messages
    .filter((m) => m.ruleId === 'dockerfile/syntax' || m.ruleId === 'dockerfile/parser-warning')
    .map((m) => ({ at: `${m.line}:${m.column}`, rule: m.ruleId, reason: m.reason }))
}

/** `line:column ruleId` of every finding. */
async function places(markdown: string) {
  return (await findings(markdown)).map((f) => `${f.at} ${f.rule}`)
}

describe('dockerfile/syntax positions in the deck', () => {
  it('reports an unknown instruction on the 4th Dockerfile line at deck line fence+4, column 1', async () => {
    const markdown = deck(['FROM python:3.12-slim', 'WORKDIR /app', 'COPY requirements.txt .', 'COPPY . /app/', 'CMD ["python", "-m", "app"]'].join('\n'))
    const result = await findings(markdown)
    expect(result.map((f) => `${f.at} ${f.rule}`)).toEqual([`${FENCE + 4}:1 dockerfile/syntax`])
    expect(result[0]!.reason).toBe('Unknown instruction COPPY: did you mean COPY?')
  })

  it('reports a bad flag on the 4th line at its own column', async () => {
    const markdown = deck(['FROM python:3.12-slim AS build', 'RUN pip wheel --wheel-dir /wheels flask', 'FROM python:3.12-slim', 'COPY --fro=build /wheels /wheels'].join('\n'))
    const result = await findings(markdown)
    expect(result.map((f) => `${f.at} ${f.rule}`)).toEqual([`${FENCE + 4}:6 dockerfile/syntax`])
    expect(result[0]!.reason).toMatch(/^Unknown flag --fro on COPY: did you mean --from\?/)
  })

  it('reports FROM without an image at the keyword', async () => {
    const result = await findings(deck('FROM\nRUN echo hi'))
    expect(result.map((f) => `${f.at} ${f.rule}`)).toEqual([`${FENCE + 1}:1 dockerfile/syntax`])
    expect(result[0]!.reason).toBe('FROM has no arguments: write e.g. `FROM python:3.12-slim`.')
  })

  it('reports COPY with only one argument at that argument', async () => {
    const result = await findings(deck('FROM python:3.12-slim\nCOPY onlyone'))
    expect(result.map((f) => `${f.at} ${f.rule}`)).toEqual([`${FENCE + 2}:6 dockerfile/syntax`])
    expect(result[0]!.reason).toContain('COPY needs at least a source and a destination')
  })

  it('reports a JSON exec form missing its closing bracket at the bracket', async () => {
    const result = await findings(deck('FROM python:3.12-slim\nCOPY app.py /app/\nCMD ["python", "app.py"'))
    expect(result.map((f) => `${f.at} ${f.rule}`)).toEqual([`${FENCE + 3}:5 dockerfile/syntax`])
    expect(result[0]!.reason).toContain('the closing ] is missing')
    expect(result[0]!.reason).toContain('write `CMD ["python", "app.py"]`')
  })

  it('keeps positions exact after a RUN continued over several lines', async () => {
    const dockerfile = [
      'FROM python:3.12-slim', // 1
      'RUN apt-get update \\', // 2
      '    && apt-get install -y --no-install-recommends \\', // 3
      '       curl \\', // 4
      '    && rm -rf /var/lib/apt/lists/*', // 5
      'COPY --chwon=app:app . /app/', // 6
    ].join('\n')
    expect(await places(deck(dockerfile))).toEqual([`${FENCE + 6}:6 dockerfile/syntax`])
  })

  it('places an error on a continuation line of the same instruction', async () => {
    const dockerfile = [
      'FROM python:3.12-slim', // 1
      'RUN --mount=type=cache,target=/root/.cache/pip \\', // 2
      '    --netwrok=none \\', // 3
      '    pip install -r requirements.txt', // 4
    ].join('\n')
    const result = await findings(deck(dockerfile))
    expect(result.map((f) => `${f.at} ${f.rule}`)).toEqual([`${FENCE + 3}:5 dockerfile/syntax`])
    expect(result[0]!.reason).toMatch(/^Unknown flag --netwrok on RUN: did you mean --network\?/)
  })

  it('suggests a missing backslash when a shell command stands on its own line', async () => {
    const result = await findings(deck('FROM python:3.12-slim\nRUN apt-get update &&\n    apt-get install -y curl'))
    expect(result.map((f) => `${f.at} ${f.rule}`)).toEqual([`${FENCE + 3}:5 dockerfile/syntax`])
    expect(result[0]!.reason).toContain('end the line above with \\ to continue it')
  })

  it('accepts backtick continuations under # escape=`', async () => {
    const dockerfile = ['# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'RUN powershell -Command `', '    $ErrorActionPreference = \'Stop\'; `', '    Write-Host C:\\app', 'WORKDIR C:\\app'].join('\n')
    expect(await places(deck(dockerfile))).toEqual([])
  })

  it('counts lines after backtick continuations exactly', async () => {
    const dockerfile = ['# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'RUN powershell -Command `', '    Write-Host hello', 'COPPY app.ps1 C:\\app\\'].join('\n')
    expect(await places(deck(dockerfile))).toEqual([`${FENCE + 5}:1 dockerfile/syntax`])
  })

  it('accepts heredocs, whose lines are not instructions', async () => {
    const dockerfile = [
      '# syntax=docker/dockerfile:1',
      'FROM python:3.12-slim',
      'RUN <<EOF',
      'set -eux',
      'apt-get update',
      'apt-get install -y --no-install-recommends curl',
      'EOF',
      'COPY <<EOF /app/settings.ini',
      '[server]',
      'port = 8000',
      'EOF',
      'RUN python3 <<PY',
      'print("hello")',
      'PY',
    ].join('\n')
    expect(await places(deck(dockerfile))).toEqual([])
  })

  it('includes the indentation of a fence inside a list item in the column', async () => {
    const markdown = [
      '# Steps', // 1
      '', // 2
      '- Write the Dockerfile:', // 3
      '', // 4
      '  ```dockerfile', // 5
      '  FROM python:3.12-slim', // 6
      '  WORKDIR /app', // 7
      '  COPPY . /app/', // 8
      '  RUN pip install .', // 9
      '  ```', // 10
      '', // 11
    ].join('\n')
    expect(await places(markdown)).toEqual(['8:3 dockerfile/syntax'])
  })

  it('reports nothing at all for a clean multi-stage Dockerfile', async () => {
    const dockerfile = [
      '# syntax=docker/dockerfile:1',
      'FROM python:3.12-slim AS build',
      'WORKDIR /app',
      'COPY requirements.txt .',
      'RUN --mount=type=cache,target=/root/.cache/pip pip install --prefix=/install -r requirements.txt',
      '',
      'FROM python:3.12-slim',
      'COPY --from=build /install /usr/local',
      'RUN useradd --create-home app',
      'WORKDIR /app',
      'COPY --chown=app:app . .',
      'USER app',
      'EXPOSE 8000',
      'HEALTHCHECK --interval=30s --timeout=3s CMD ["python", "-c", "import urllib.request; urllib.request.urlopen(\'http://localhost:8000/health\')"]',
      'ENTRYPOINT ["python", "-m", "app"]',
    ].join('\n')
    const result = await checkMarkdown(deck(dockerfile), [remarkDeckcheckDockerfile])
    expect(result.snippets.map((s) => s.lang)).toEqual(['yaml', 'dockerfile'])
    expect(result.messages).toEqual([])
  })

  it('reads ```Dockerfile and ```docker fences too', async () => {
    expect(await places(deck('FROM python:3.12-slim\nCOPPY . /app/', 'Dockerfile'))).toEqual([`${FENCE + 2}:1 dockerfile/syntax`])
    expect(await places(deck('FROM python:3.12-slim\nCOPPY . /app/', 'docker'))).toEqual([`${FENCE + 2}:1 dockerfile/syntax`])
  })
})

describe('dockerfile/syntax: FROM first', () => {
  it('reports an empty Dockerfile as having no FROM, on the whole fence', async () => {
    const markdown = ['# Empty', '', '```dockerfile', '```', ''].join('\n')
    const result = await findings(markdown)
    expect(result.map((f) => `${f.at} ${f.rule}`)).toEqual(['3:1 dockerfile/syntax'])
    expect(result[0]!.reason).toMatch(/^No FROM instruction/)
  })

  it('reports a Dockerfile of comments only as having no FROM', async () => {
    const result = await findings(deck('# TODO: pick a base image\n# and install the app'))
    expect(result.map((f) => `${f.at} ${f.rule}`)).toEqual([`${FENCE}:1 dockerfile/syntax`])
    expect(result[0]!.reason).toMatch(/^No FROM instruction/)
  })

  it('reports a first instruction other than FROM at that instruction', async () => {
    const result = await findings(deck('WORKDIR /app\nFROM python:3.12-slim'))
    expect(result.map((f) => `${f.at} ${f.rule}`)).toEqual([`${FENCE + 1}:1 dockerfile/syntax`])
    expect(result[0]!.reason).toContain('must start with FROM')
  })

  it('allows ARG and parser directives before FROM', async () => {
    expect(await places(deck('# syntax=docker/dockerfile:1\n# escape=\\\nARG BASE=python:3.12-slim\nFROM ${BASE}'))).toEqual([])
  })

  it('takes FORM for a typo of FROM, not for a missing FROM', async () => {
    const result = await findings(deck('FORM python:3.12-slim\nRUN echo hi'))
    expect(result.map((f) => f.reason)).toEqual(['Unknown instruction FORM: did you mean FROM?'])
  })

  it('needs no FROM in a snippet marked as a fragment', async () => {
    expect(await places(deck('# Dockerfile (fragment)\nRUN pip install --no-cache-dir -r requirements.txt'))).toEqual([])
    const marked = ['<!-- deckcheck-file Dockerfile fragment -->', '```dockerfile', 'COPY . /app/', '```', ''].join('\n')
    expect(await places(marked)).toEqual([])
  })
})

describe('dockerfile/syntax: parser directives', () => {
  it('reports an invalid escape character at its value', async () => {
    const result = await findings(deck('# escape=/\nFROM python:3.12-slim'))
    expect(result.map((f) => `${f.at} ${f.rule}`)).toEqual([`${FENCE + 1}:10 dockerfile/syntax`])
  })

  it('reports a second syntax directive', async () => {
    const result = await findings(deck('# syntax=docker/dockerfile:1\n# syntax=docker/dockerfile:1.7\nFROM python:3.12-slim'))
    expect(result.map((f) => `${f.at} ${f.rule}`)).toEqual([`${FENCE + 2}:1 dockerfile/syntax`])
  })

  it('warns when an escape directive comes after a comment, and then reads \\ as the escape', async () => {
    const dockerfile = ['# Windows image', '# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'RUN powershell -Command `', '    Write-Host hello'].join('\n')
    const result = await findings(deck(dockerfile))
    expect(result.map((f) => `${f.at} ${f.rule}`)).toEqual([`${FENCE + 2}:1 dockerfile/parser-warning`, `${FENCE + 5}:5 dockerfile/syntax`])
    expect(result[0]!.reason).toContain('Docker reads it as an ordinary comment')
  })

  it('follows BuildKit, not dockerfile-ast, when an unknown directive comes first', async () => {
    const dockerfile = ['# foo=bar', '# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'RUN powershell -Command `', '    Write-Host hello'].join('\n')
    expect(await places(deck(dockerfile))).toEqual([`${FENCE + 2}:1 dockerfile/parser-warning`, `${FENCE + 5}:5 dockerfile/syntax`])
  })
})

describe('dockerfile/syntax: exec form', () => {
  it('leaves the shell test command `[ … ]` alone', async () => {
    const dockerfile = ['FROM python:3.12-slim', 'RUN [ -f /etc/os-release ] && cat /etc/os-release', 'RUN [ "$(id -u)" = "0" ] && echo root'].join('\n')
    expect(await places(deck(dockerfile))).toEqual([])
  })

  it('explains typographic quotes pasted from slides', async () => {
    const result = await findings(deck('FROM python:3.12-slim\nENTRYPOINT [“python”, “-m”, “app”]'))
    expect(result.map((f) => `${f.at} ${f.rule}`)).toEqual([`${FENCE + 2}:12 dockerfile/syntax`])
    expect(result[0]!.reason).toContain('typographic quotes')
    expect(result[0]!.reason).toContain('write `ENTRYPOINT ["python", "-m", "app"]`')
  })

  it('reads an exec form continued over lines as one array', async () => {
    expect(await places(deck('FROM python:3.12-slim\nCMD ["python", \\\n     "-m", "app"]'))).toEqual([])
  })

  it('reports a non-string element, which Docker refuses', async () => {
    const result = await findings(deck('FROM python:3.12-slim\nCMD ["sleep", 10]'))
    expect(result[0]!.reason).toContain('`CMD ["sleep", "10"]`')
  })
})

describe('dockerfile/syntax: flags', () => {
  it('checks RUN --mount options', async () => {
    const result = await findings(deck('FROM python:3.12-slim\nRUN --mount=type=cahce,target=/root/.cache/pip pip install flask'))
    expect(result.map((f) => `${f.at} ${f.rule}`)).toEqual([`${FENCE + 2}:13 dockerfile/syntax`])
    expect(result[0]!.reason).toBe('Unknown mount type cahce: did you mean type=cache? Use bind, cache, tmpfs, secret or ssh.')
  })

  it('reports --from without a value', async () => {
    const result = await findings(deck('FROM python:3.12-slim AS build\nFROM python:3.12-slim\nCOPY --from /app /app'))
    expect(result.map((f) => `${f.at} ${f.rule}`)).toEqual([`${FENCE + 3}:8 dockerfile/syntax`])
    expect(result[0]!.reason).toBe('--from has no value: write e.g. `--from=build`.')
  })

  it('accepts what BuildKit accepts today but dockerfile-utils does not', async () => {
    const dockerfile = ['FROM python:3.12-slim', 'ADD --unpack=true app.tar.gz /app/', 'HEALTHCHECK --retries=0 --start-interval=0s CMD ["true"]'].join('\n')
    expect(await places(deck(dockerfile))).toEqual([])
  })
})

describe('dockerfile-utils diagnostics left to other rules', () => {
  it('does not report MAINTAINER, lowercase instructions, several CMDs or a relative WORKDIR as syntax', async () => {
    const dockerfile = ['FROM python:3.12-slim', 'MAINTAINER someone@example.com', 'run echo lower', 'WORKDIR app', 'CMD ["a"]', 'CMD ["b"]'].join('\n')
    expect(await places(deck(dockerfile))).toEqual([])
  })

  it('warns about an empty continuation line', async () => {
    const result = await findings(deck('FROM python:3.12-slim\nRUN apt-get update && \\\n\n    apt-get install -y curl'))
    expect(result.map((f) => `${f.at} ${f.rule}`)).toEqual([`${FENCE + 3}:1 dockerfile/parser-warning`])
  })
})

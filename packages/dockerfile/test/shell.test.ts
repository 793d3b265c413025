import { describe, expect, it } from 'vitest'
import { parseDockerfile } from '../src/index.ts'

/** Each command of each RUN as `name: word@text-at-its-offsets …`, so a wrong offset shows as wrong text. */
function commands(text: string): string[][] {
  const parsed = parseDockerfile({ value: text })
  return parsed.runs.map((run) => run.commands.map((c) => `${c.name}: ${c.words.map((w) => `${w.value ?? '?'}@${text.slice(w.offset, w.endOffset)}`).join(' ')}`))
}

describe('RUN commands read with a shell parser', () => {
  it.each([
    ['a plain command', 'FROM a\nRUN pip install flask\n', [['pip: pip@pip install@install flask@flask']]],
    ['flags before the command', 'FROM a\nRUN --mount=type=cache,target=/x pip install flask\n', [['pip: pip@pip install@install flask@flask']]],
    ['quotes removed, text kept', `FROM a\nRUN echo "a b" 'c' "$HOME"\n`, [[`echo: echo@echo a b@"a b" c@'c' ?@"$HOME"`]]],
    ['backslash continuations', 'FROM a\nRUN apt-get update \\\n    && apt-get install -y \\\n       curl\n', [['apt-get: apt-get@apt-get update@update', 'apt-get: apt-get@apt-get install@install -y@-y curl@curl']]],
    ['comment and blank lines inside a continuation, dropped as Docker does', 'FROM a\nRUN apt-get install -y \\\n    # the client\n\n    curl\n', [['apt-get: apt-get@apt-get install@install -y@-y curl@curl']]],
    ['a heredoc script', 'FROM a\nRUN <<EOF\nset -e\nuseradd app\nEOF\n', [['set: set@set -e@-e', 'useradd: useradd@useradd app@app']]],
    ['a heredoc fed to a command, whose body is data', 'FROM a\nRUN cat <<EOF > /etc/x\ncurl | sh\nEOF\n', [['cat: cat@cat']]],
    ['a heredoc with its own interpreter, which is not shell', 'FROM a\nRUN <<EOF\n#!/usr/bin/env python3\nprint("hi")\nEOF\n', [[]]],
    ['a command starting with [ , which is shell, not a JSON array', 'FROM a\nRUN [ -f x ] && rm x\n', [['[: [@[ -f@-f x@x ]@]', 'rm: rm@rm x@x']]],
    ['exec form, which is not shell', 'FROM a\nRUN ["pip", "install", "flask"]\n', [[]]],
    ['a backtick escape', '# escape=`\nFROM a\nRUN echo `\n    hi\n', [[]]],
    ['a PowerShell SHELL', 'FROM a\nSHELL ["powershell", "-Command"]\nRUN Write-Host hi\n', [[]]],
    ['non-ASCII text before a word', 'FROM a\nRUN echo "ü ä" done\n', [['echo: echo@echo ü ä@"ü ä" done@done']]],
    ['the base name of a command path', 'FROM a\nRUN /usr/local/bin/pip3 install x\n', [['pip3: /usr/local/bin/pip3@/usr/local/bin/pip3 install@install x@x']]],
  ])('%s', (_, text, expected) => {
    expect(commands(text)).toEqual(expected)
  })

  it('links a pipeline, left to right', () => {
    const parsed = parseDockerfile({ value: 'FROM a\nRUN curl -fsSL https://x | tar -xz | tee log\n' })
    const [curl, tar, tee] = parsed.runs[0]!.commands
    expect([curl!.pipelinePosition, tar!.pipelinePosition, tee!.pipelinePosition]).toEqual([1, 2, 3])
    expect(tar!.pipedFrom).toBe(curl)
    expect(tee!.pipedFrom).toBe(tar)
    expect(parsed.runs[0]!.script.hasPipe).toBe(true)
  })

  it('places a shell syntax error in the snippet, across continuations', () => {
    const text = 'FROM a\nRUN echo ok \\\n    && echo "unterminated\n'
    const parsed = parseDockerfile({ value: text })
    const error = parsed.runs[0]!.script.error!
    expect(error.message).toContain('without closing quote')
    expect(error.offset).toBe(text.indexOf('"unterminated'))
  })

  it('parses each RUN once, lazily', () => {
    const parsed = parseDockerfile({ value: 'FROM a\nRUN true\n' })
    expect(parsed.runs).toBe(parsed.runs)
  })
})

describe('build stages', () => {
  it('knows names, parents, the final stage and each instruction\'s stage', () => {
    const parsed = parseDockerfile({ value: 'ARG V=3.13\nFROM python:${V}-slim AS base\nWORKDIR /app\nFROM base AS build\nRUN true\nFROM python:3.13-slim\nCOPY --from=build /app /app\n' })
    expect(parsed.stages.map((s) => [s.name, s.image, s.parent?.name, s.final, s.instructions.map((i) => i.getKeyword())])).toEqual([
      ['base', 'python:${V}-slim', undefined, false, ['WORKDIR']],
      ['build', 'base', 'base', false, ['RUN']],
      [undefined, 'python:3.13-slim', undefined, true, ['COPY']],
    ])
    expect(parsed.runs[0]!.stage).toBe(parsed.stages[1])
    expect(parsed.stageOf(parsed.instructions[0]!)).toBeUndefined()
  })
})

import { allRules, resolveConfig } from '@deckcheck/core'
import { checkMarkdown } from '@deckcheck/core/testing'
import { describe, expect, it } from 'vitest'
import { remarkDeckcheckDockerfile } from '../src/index.ts'

const languages = [remarkDeckcheckDockerfile]
/** Every rule on, the ones off by default too. */
const config = resolveConfig(allRules(languages), [{ path: 'test', config: { preset: 'strict' } }])

/** A deck whose fence opens on line 3: snippet line n is deck line 3 + n. */
const FENCE = 3

/** `line:column` (snippet-relative) of each finding of `rule`. */
async function at(rule: string, dockerfile: string): Promise<string[]> {
  const result = await checkMarkdown(`# Slide\n\n\`\`\`dockerfile\n${dockerfile}\n\`\`\`\n`, languages, { config })
  return result.messages.filter((m) => m.ruleId === `dockerfile/${rule}`).map((m) => `${(m.line ?? 0) - FENCE}:${m.column}`)
}

describe('rules report at the right place, per stage', () => {
  it.each([
    // [rule, Dockerfile, expected snippet line:column of each finding]
    ['runs-as-root', 'FROM python:3.13-slim AS build\nFROM python:3.13-slim\nUSER app\n', []],
    ['runs-as-root', 'FROM python:3.13-slim AS build\nUSER app\nFROM python:3.13-slim\n', ['3:1']],
    ['runs-as-root', 'FROM python:3.13-slim AS base\nUSER app\nFROM base\nRUN true\n', []],
    ['runs-as-root', 'FROM python:3.13-slim\nUSER app\nRUN true\nUSER 0:0\n', ['4:1']],
    ['runs-as-root', '# Dockerfile (fragment)\nRUN true\n', []],
    ['copy-from-unknown-stage', 'FROM a:1 AS build\nFROM b:1\nCOPY --from=biuld /x /x\n', ['3:13']],
    ['copy-from-unknown-stage', 'FROM b:1\nCOPY --from=build /x /x\nFROM a:1 AS build\n', ['2:13']],
    ['copy-from-unknown-stage', 'FROM a:1 AS Build\nFROM b:1\nCOPY --from=build /x /x\nCOPY --from=0 /y /y\n', []],
    ['copy-from-own-stage', 'FROM a:1 AS build\nCOPY --from=build /x /x\n', ['2:13']],
    ['copy-relative-without-workdir', 'FROM a:1\nCOPY x.py .\nWORKDIR /app\nCOPY y.py .\n', ['2:11']],
    ['copy-relative-without-workdir', 'FROM a:1 AS base\nWORKDIR /app\nFROM base\nCOPY y.py .\n', []],
    ['pip-install-cache', 'FROM a:1 AS build\nRUN pip install -r r.txt\nFROM a:1\nRUN python -m pip install -r r.txt\n', ['4:5']],
    ['pip-install-cache', 'FROM a:1\nENV PIP_NO_CACHE_DIR=1\nRUN pip install -r r.txt\n', []],
    ['pip-install-unpinned', 'FROM a:1\nRUN pip install --no-cache-dir \\\n    flask==3.1.0 \\\n    requests\n', ['4:5']],
    ['apt-get-install-unpinned', 'FROM a:1\nRUN apt-get install -y \\\n    # a comment line inside the continuation\n    curl=8.0 git\n', ['4:14']],
    ['shell-syntax', 'FROM a:1\nRUN echo ok && \\\n    echo "oops\n', ['3:10']],
    ['shell-syntax', 'FROM a:1\nRUN <<EOF\nif true; then\n  echo hi\nEOF\n', ['3:1']],
    ['shell-syntax', 'FROM a:1\nRUN ["sh", "-c", "echo \\"oops"]\n', []],
    ['curl-pipe-shell', 'FROM a:1\nRUN <<EOF\nset -e\ncurl -fsSL https://x/install.sh | bash\nEOF\n', ['4:1']],
    ['curl-pipe-shell', 'FROM a:1\nRUN curl -fsSL https://x/a.tgz | tar -xz\n', []],
    ['tool-not-in-image', 'FROM python:3.13-slim AS base\nRUN apt-get update && apt-get install -y git\nFROM base\nRUN git clone https://x\nRUN curl -O https://y\n', ['5:5']],
    ['tool-not-in-image', 'FROM alpine:3.20\nRUN wget -q https://y && git --version\n', ['2:26']],
    ['install-after-copy-all', 'FROM a:1\nWORKDIR /app\nCOPY . .\nRUN uv sync --locked\n', ['4:5']],
    ['install-after-copy-all', 'FROM a:1 AS build\nWORKDIR /app\nCOPY . .\nRUN python -m build\nFROM a:1\nCOPY --from=build /app/dist /dist\nRUN pip install --no-cache-dir /dist/*.whl\n', []],
    ['server-binds-localhost', 'FROM a:1\nENTRYPOINT ["uvicorn"]\nCMD ["app:app", "--host", "127.0.0.1"]\n', ['3:27']],
    ['server-binds-localhost', 'FROM a:1\nCMD uvicorn app:app --host=0.0.0.0\n', []],
    ['server-binds-localhost', 'FROM a:1\nCMD ["python", "-m", "uvicorn", "app:app"]\n', ['2:22']],
    ['uv-sync-unlocked', 'FROM a:1\nRUN --mount=type=cache,target=/root/.cache/uv \\\n    uv sync --no-dev\n', ['3:5']],
    ['uv-installed-by-script', 'FROM a:1\nCOPY --from=ghcr.io/astral-sh/uv /uv /bin/\n', ['2:13']],
    ['secrets-in-arg-or-env', 'FROM a:1\nONBUILD ENV API_TOKEN=x\n', ['2:13']],
    ['secrets-in-arg-or-env', 'FROM a:1\nENV TOKEN_FILE=/run/secrets/t KEYBOARD=us\n', []],
    ['legacy-key-value-format', 'FROM a:1\nONBUILD ENV A 1\n', ['2:9']],
    ['instruction-casing', 'from a:1\nrun true\nCOPY . /app\n', ['3:1']],
    ['from-as-casing', 'FROM a:1 as build\nfrom b:1 AS x\nFrom c:1 as y\n', ['1:10', '2:10']],
    ['json-args-recommended', 'FROM a:1 AS test\nCMD pytest\nFROM a:1\nCMD python -m app\n', ['4:1']],
    ['multiple-cmd', 'FROM a:1 AS x\nCMD ["a"]\nFROM a:1\nCMD ["b"]\nCMD ["c"]\n', ['4:1']],
    ['image-untagged', 'ARG BASE=python\nFROM ${BASE}\n', ['2:6']],
    ['image-untagged', 'ARG BASE=python:3.13\nFROM ${BASE}\nFROM scratch\n', []],
    ['python-end-of-life', 'ARG PY=3.8\nFROM python:${PY}-slim\n', ['2:6']],
    ['python-image-not-slim', 'FROM python:3.13 AS base\nFROM base\n', ['1:6']],
    ['undefined-arg-in-from', 'FROM python:${PY}-slim\n', ['1:13']],
    ['invalid-default-arg-in-from', 'ARG PY\nFROM python:${PY}-slim\n', ['2:6']],
    ['invalid-default-arg-in-from', 'ARG SUFFIX\nFROM python:3.13${SUFFIX}\n', []],
    ['invalid-default-arg-in-from', 'ARG TAG\nFROM python:$TAG\n', ['2:6']],
    ['undefined-var', 'FROM a:1\nARG APP_HOME=/app\nWORKDIR ${APP_HOEM}\nRUN echo $APP_HOEM\n', ['3:11']],
    ['env-self-reference', 'FROM a:1\nENV A=1 \\\n    B=${A}/x\n', ['3:7']],
    ['pipe-without-pipefail', 'FROM a:1\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN a | b\nFROM a:1\nRUN c | d\n', ['5:5']],
    ['pipe-without-pipefail', 'FROM a:1\nRUN set -o pipefail && a | b\n', []],
    ['expose-invalid-format', 'FROM a:1\nEXPOSE 8000 127.0.0.1:80:80/tcp\n', ['2:13']],
    ['expose-port-range', 'FROM a:1\nEXPOSE 8000 65536/udp\n', ['2:13']],
    ['add-instead-of-copy', 'FROM a:1\nADD https://x/a.tgz app.tar.gz /opt/\nADD . /app\n', ['3:1']],
    ['copy-multiple-sources', 'FROM a:1\nCOPY a b /app\nCOPY a b /app/\n', ['2:10']],
    ['bashism-in-sh', 'FROM python:3.13-slim\nRUN [[ -f x ]] && source y\n', ['2:5', '2:19']],
    ['bashism-in-sh', 'FROM python:3.13-slim AS base\nSHELL ["/bin/bash", "-c"]\nFROM base\nRUN source y\n', []],
    ['bashism-in-sh', 'FROM python:3.13-alpine\nRUN source y\n', []],
    ['bashism-in-sh', 'FROM python:3.13-slim\nRUN <<EOF\n#!/bin/bash\n[[ -f x ]] && echo y\nEOF\n', []],
    ['venv-activate-in-run', 'FROM a:1\nRUN python -m venv .venv && . .venv/bin/activate\nRUN . /v/bin/activate && pip install x==1\n', ['2:29']],
    ['wget-and-curl', 'FROM a:1 AS x\nRUN wget -q u\nFROM a:1\nRUN curl -O u\n', []],
  ])('%s on %j', async (rule, dockerfile, expected) => {
    expect(await at(rule, dockerfile)).toEqual(expected)
  })
})

import type { Rule } from '@deckcheck/core'
import { commandPlace, hasCacheMount } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'
import { pipInstalls } from '../pip.ts'

export const pipInstallCache: Rule<ParsedDockerfile> = {
  id: 'dockerfile/pip-install-cache',
  aliases: ['DL3042'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: '`pip install` without `--no-cache-dir` (and without a cache mount or `PIP_NO_CACHE_DIR`).',
    why: "pip keeps every downloaded wheel in ~/.cache/pip, and in an image that cache is dead weight baked into the layer. A `--mount=type=cache` RUN keeps the cache outside the image and is not reported; neither are build stages that are thrown away (unlike hadolint, which reports every stage).",
    bad: [{ code: 'FROM python:3.13-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n' }],
    good: [
      { code: 'FROM python:3.13-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n' },
      { code: 'FROM python:3.13-slim\nCOPY requirements.txt .\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n' },
    ],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3042', 'https://pip.pypa.io/en/stable/topics/caching/'],
  },
  check({ parsed, report }) {
    const envOff = /PIP_NO_CACHE_DIR/.test(parsed.instructions.filter((i) => i.getKeyword() === 'ENV' || i.getKeyword() === 'ARG').map((i) => i.getArgumentsContent() ?? '').join('\n'))
    for (const { run, command, options } of pipInstalls(parsed)) {
      if (envOff || !run.stage?.final || hasCacheMount(run.instruction) || options.includes('--no-cache-dir') || options.includes('--no-cache')) continue
      report({ message: 'pip install keeps its download cache in the image layer: add `--no-cache-dir` (or use `RUN --mount=type=cache,target=/root/.cache/pip`).', place: commandPlace(command) })
    }
  },
}

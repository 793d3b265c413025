import type { Rule } from '@deckcheck/core'
import { instructionPlace } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

export const consecutiveRun: Rule<ParsedDockerfile> = {
  id: 'dockerfile/consecutive-run',
  aliases: ['DL3059'],
  language: 'dockerfile',
  category: 'style',
  severity: 'warn',
  recommended: false,
  docs: {
    description: 'Consecutive RUN instructions without flags that could be one.',
    why: 'Each RUN adds a layer; steps that belong together are smaller and faster as one. Separate RUNs can be a deliberate choice for the cache, so this is off by default.',
    bad: [{ code: 'FROM python:3.13-slim\nRUN pip install --no-cache-dir uv==0.5.4\nRUN useradd --create-home app\n' }],
    good: [{ code: 'FROM python:3.13-slim\nRUN pip install --no-cache-dir uv==0.5.4 \\\n    && useradd --create-home app\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3059'],
  },
  check({ parsed, report }) {
    for (const stage of parsed.stages) {
      stage.instructions.forEach((instruction, i) => {
        const previous = stage.instructions[i - 1]
        const plain = (x: typeof instruction) => x.getKeyword() === 'RUN' && !/^\s*--/.test(x.getArgumentsContent() ?? '')
        if (previous && plain(previous) && plain(instruction)) report({ message: 'This RUN follows another RUN: join them with `&&` into one layer.', place: instructionPlace(parsed, instruction) })
      })
    }
  },
}

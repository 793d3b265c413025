import type { Rule } from '@deckcheck/core'
import { commandPlace } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

export const venvActivateInRun: Rule<ParsedDockerfile> = {
  id: 'dockerfile/venv-activate-in-run',
  aliases: [],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'A RUN that ends by activating a virtual environment (`RUN . /opt/venv/bin/activate`).',
    why: 'Each RUN is a new shell: the activation ends with it, so later RUN, CMD and ENTRYPOINT still use the system Python. Put the environment first on PATH, `ENV PATH="/opt/venv/bin:$PATH"`, which is all that activating does. Activating and then using it within the same RUN is fine.',
    bad: [{ code: 'FROM python:3.13-slim\nRUN python -m venv /opt/venv\nRUN . /opt/venv/bin/activate\nRUN pip install --no-cache-dir httpx==0.28.1\n' }],
    good: [{ code: 'FROM python:3.13-slim\nRUN python -m venv /opt/venv\nENV PATH="/opt/venv/bin:$PATH"\nRUN pip install --no-cache-dir httpx==0.28.1\n' }],
    references: ['https://docs.python.org/3/library/venv.html#how-venvs-work', 'https://docs.docker.com/reference/dockerfile/#env'],
  },
  check({ parsed, report }) {
    for (const run of parsed.runs) {
      const last = run.commands.at(-1)
      const script = last?.words[1]?.value
      if (!last || (last.name !== '.' && last.name !== 'source') || !script?.endsWith('/activate')) continue
      const bin = script.replace(/\/activate$/, '')
      report({ message: `Activating the virtual environment ends with this RUN and does not reach later instructions: write \`ENV PATH="${bin.startsWith('/') ? bin : `/app/${bin}`}:$PATH"\` instead.`, place: commandPlace(last) })
    }
  },
}

import type { Rule } from '@deckcheck/core'
import { isExecForm, keywordPlace } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

export const jsonArgsRecommended: Rule<ParsedDockerfile> = {
  id: 'dockerfile/json-args-recommended',
  aliases: ['DL3025', 'JSONArgsRecommended'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'CMD or ENTRYPOINT in shell form (`CMD python app.py`) in the final stage.',
    why: 'In shell form the command runs under `/bin/sh -c`, which becomes PID 1 and does not forward SIGTERM: `docker stop` waits 10 seconds and kills the server without a graceful shutdown. Unlike hadolint, build stages that are not run are not reported, nor a stage with a SHELL instruction.',
    bad: [{ code: 'FROM python:3.13-slim\nCMD uvicorn app:app --host 0.0.0.0\n' }],
    good: [{ code: 'FROM python:3.13-slim\nCMD ["uvicorn", "app:app", "--host", "0.0.0.0"]\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3025', 'https://docs.docker.com/reference/build-checks/json-args-recommended/'],
  },
  check({ parsed, report }) {
    for (const stage of parsed.stages) {
      if (!stage.final || stage.instructions.some((i) => i.getKeyword() === 'SHELL')) continue
      for (const instruction of stage.instructions) {
        const keyword = instruction.getKeyword()
        if ((keyword !== 'CMD' && keyword !== 'ENTRYPOINT') || isExecForm(instruction)) continue
        const args = instruction.getArguments().map((a) => JSON.stringify(a.getValue()))
        if (args.length === 0) continue
        report({ message: `${keyword} in shell form runs under /bin/sh, which does not pass signals on: write it in exec form, \`${keyword} [${args.join(', ')}]\`.`, place: keywordPlace(parsed, instruction) })
      }
    }
  },
}

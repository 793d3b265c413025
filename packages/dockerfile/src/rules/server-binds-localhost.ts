import type { Rule } from '@deckcheck/core'
import { type CommandWord, startCommands } from '../commands.ts'
import type { ParsedDockerfile } from '../parse.ts'

/** Each server's option for the address, and how it defaults to loopback. */
const SERVERS: Record<string, { options: string[]; example: string; env: RegExp }> = {
  uvicorn: { options: ['--host'], example: '"--host", "0.0.0.0"', env: /\bUVICORN_HOST\b/ },
  gunicorn: { options: ['--bind', '-b'], example: '"--bind", "0.0.0.0:8000"', env: /\b(GUNICORN_CMD_ARGS|PORT)\b/ },
  hypercorn: { options: ['--bind', '-b'], example: '"--bind", "0.0.0.0:8000"', env: /\bHYPERCORN_\w+|\bPORT\b/ },
}

/** The value given to one of `options` (`--host 0.0.0.0` or `--host=0.0.0.0`). */
function optionValues(words: CommandWord[], options: string[]): CommandWord[] {
  const values: CommandWord[] = []
  words.forEach((word, i) => {
    for (const option of options) {
      if (word.value === option && words[i + 1]) values.push(words[i + 1]!)
      else if (word.value.startsWith(`${option}=`)) values.push({ ...word, value: word.value.slice(option.length + 1) })
    }
  })
  return values
}

const ALL_INTERFACES = /^(0\.0\.0\.0|\[::\]|::|\$|\$\{|unix:|fd:\/\/)/

export const serverBindsLocalhost: Rule<ParsedDockerfile> = {
  id: 'dockerfile/server-binds-localhost',
  aliases: [],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'error',
  docs: {
    description: 'uvicorn, gunicorn or hypercorn started by CMD/ENTRYPOINT without binding 0.0.0.0.',
    why: 'The talks: all three listen on 127.0.0.1 by default, which inside a container is reachable only from the container itself. `docker run -p 8000:8000` then gives "connection reset", although the server says it is running. Bind 0.0.0.0 (or `[::]`). A config file (`-c`) or the servers\' own environment variables are taken as binding elsewhere.',
    bad: [{ code: '# Dockerfile (fragment)\nCMD ["uvicorn", "app.main:app", "--port", "8000"]\n' }, { code: '# Dockerfile (fragment)\nCMD ["gunicorn", "app:app", "--bind", "127.0.0.1:8000"]\n' }],
    good: [
      { code: '# Dockerfile (fragment)\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]\n' },
      { code: '# Dockerfile (fragment)\nENTRYPOINT ["uv", "run", "gunicorn"]\nCMD ["app:app", "--bind", "0.0.0.0:8000"]\n' },
    ],
    references: ['https://www.uvicorn.org/settings/#socket-binding', 'https://docs.gunicorn.org/en/stable/settings.html#bind', 'https://fastapi.tiangolo.com/deployment/docker/'],
  },
  check({ parsed, report }) {
    const environment = parsed.instructions.filter((i) => i.getKeyword() === 'ENV').map((i) => i.getArgumentsContent() ?? '').join('\n')
    for (const { words } of startCommands(parsed)) {
      const index = words.findIndex((w) => w.value.replace(/^.*\//, '') in SERVERS)
      if (index === -1) continue
      const serverWord = words[index]!
      const name = serverWord.value.replace(/^.*\//, '')
      const server = SERVERS[name]!
      const args = words.slice(index + 1)
      if (server.env.test(environment) || args.some((w) => w.value === '-c' || w.value.startsWith('--config') || w.value.startsWith('--uds') || w.value.startsWith('--fd'))) continue
      const binds = optionValues(args, server.options)
      if (binds.some((b) => ALL_INTERFACES.test(b.value))) continue
      const place = binds[0] ?? serverWord
      report({ message: `${name} ${binds[0] ? `binds ${binds[0].value}` : 'listens on 127.0.0.1 by default'}, which is unreachable from outside the container: add ${server.example}.`, place: { offset: place.offset, endOffset: place.endOffset } })
    }
  },
}

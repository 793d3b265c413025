import type { Rule } from '@deckcheck/core'
import { hasOption, runCommands } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

export const useraddWithoutL: Rule<ParsedDockerfile> = {
  id: 'dockerfile/useradd-without-l',
  aliases: ['DL3046'],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: '`useradd` with a UID of six digits or more and without `-l` (`--no-log-init`).',
    why: 'useradd writes the lastlog and faillog files as sparse files sized by the UID; the image layer stores them in full, gigabytes for a large UID.',
    bad: [{ code: 'FROM python:3.13-slim\nRUN useradd --uid 1000001 app\n' }],
    good: [{ code: 'FROM python:3.13-slim\nRUN useradd --no-log-init --uid 1000001 app\n' }, { code: 'FROM python:3.13-slim\nRUN useradd --uid 10001 app\n' }],
    references: ['https://github.com/hadolint/hadolint/wiki/DL3046'],
  },
  check({ parsed, report }) {
    for (const { command } of runCommands(parsed)) {
      if (command.name !== 'useradd' || hasOption(command, '-l', '--no-log-init')) continue
      const values = command.words.map((w) => w.value ?? '')
      const uid = values.flatMap((v, i) => (v === '-u' || v === '--uid' ? [values[i + 1] ?? ''] : v.startsWith('--uid=') ? [v.slice(6)] : /^-u\d+$/.test(v) ? [v.slice(2)] : []))[0]
      if (uid && /^\d{6,}$/.test(uid)) report({ message: `useradd with UID ${uid} and without -l writes huge sparse log files into the layer: add \`--no-log-init\` (\`-l\`).`, place: command.words[0] })
    }
  },
}

import type { Rule } from '@deckcheck/core'
import { commandPlace, hasOption, runCommands, subcommandIndex } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

export const uvSyncUnlocked: Rule<ParsedDockerfile> = {
  id: 'dockerfile/uv-sync-unlocked',
  aliases: [],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: '`uv sync` in a RUN without `--locked` or `--frozen`.',
    why: 'The talks: the image must install exactly what uv.lock says. Plain `uv sync` re-resolves when pyproject.toml and the lock disagree and installs something nobody tested; `--locked` fails the build instead, `--frozen` uses the lock as it is.',
    bad: [{ code: 'FROM python:3.13-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.5.4 /uv /bin/\nWORKDIR /app\nCOPY pyproject.toml uv.lock ./\nRUN uv sync --no-dev\n' }],
    good: [{ code: 'FROM python:3.13-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.5.4 /uv /bin/\nWORKDIR /app\nCOPY pyproject.toml uv.lock ./\nRUN uv sync --locked --no-dev\n' }],
    references: ['https://docs.astral.sh/uv/guides/integration/docker/', 'https://docs.astral.sh/uv/concepts/projects/sync/'],
  },
  check({ parsed, report }) {
    const env = parsed.instructions.filter((i) => i.getKeyword() === 'ENV').map((i) => i.getArgumentsContent() ?? '').join('\n')
    if (/\bUV_(LOCKED|FROZEN)=/.test(env)) return
    for (const { command } of runCommands(parsed)) {
      if (command.name !== 'uv' || subcommandIndex(command, ['sync']) === -1 || hasOption(command, '--locked', '--frozen')) continue
      report({ message: 'uv sync without --locked may re-resolve and install versions that are not in uv.lock: write `uv sync --locked` (or `--frozen`).', place: commandPlace(command) })
    }
  },
}

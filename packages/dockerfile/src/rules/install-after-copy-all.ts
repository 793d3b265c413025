import type { Rule } from '@deckcheck/core'
import type { Instruction } from 'dockerfile-ast'
import { commandPlace, flagNamed, isExecForm, runCommands, type ShellCommand, subcommandIndex } from '../helpers.ts'
import type { ParsedDockerfile } from '../parse.ts'

/** Commands that install a project's dependencies. */
function installsDependencies(command: ShellCommand): boolean {
  const values = command.words.map((w) => w.value ?? '')
  if (/^pip[\d.]*$/.test(command.name) || (/^python[\d.]*$/.test(command.name) && values[2] === 'pip') || (command.name === 'uv' && values[1] === 'pip')) {
    return values.includes('install') && values.some((v) => v === '-r' || v === '--requirement' || v === '.' || v === '-e')
  }
  if (command.name === 'uv') return subcommandIndex(command, ['sync']) !== -1
  if (command.name === 'poetry' || command.name === 'pipenv') return subcommandIndex(command, ['install', 'sync']) !== -1
  if (command.name === 'npm') return subcommandIndex(command, ['ci', 'install']) !== -1
  return false
}

/** `COPY . .`, `COPY ./ /app/`: the whole build context. */
function copiesEverything(instruction: Instruction): boolean {
  if (instruction.getKeyword() !== 'COPY' || isExecForm(instruction) || flagNamed(instruction, 'from')) return false
  return instruction.getArguments().slice(0, -1).some((a) => a.getValue() === '.' || a.getValue() === './')
}

export const installAfterCopyAll: Rule<ParsedDockerfile> = {
  id: 'dockerfile/install-after-copy-all',
  aliases: [],
  language: 'dockerfile',
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'Dependencies installed only after `COPY . .`, with no earlier install from the lock or requirements file alone.',
    why: 'The talks: copy the lock or requirements file first and install from it, then copy the code. Docker reuses a layer only while everything it depends on is unchanged, so after `COPY . .` every code change re-downloads and reinstalls every dependency.',
    bad: [{ code: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\n' }],
    good: [
      { code: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n' },
      { code: 'FROM python:3.13-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.5.4 /uv /bin/\nWORKDIR /app\nCOPY pyproject.toml uv.lock ./\nRUN uv sync --locked --no-install-project --no-dev\nCOPY . .\nRUN uv sync --locked --no-dev\n' },
    ],
    references: ['https://docs.docker.com/build/cache/optimize/#order-your-layers', 'https://docs.astral.sh/uv/guides/integration/docker/#intermediate-layers'],
  },
  check({ parsed, report }) {
    for (const stage of parsed.stages) {
      const copyAll = stage.instructions.find(copiesEverything)
      if (!copyAll) continue
      const line = copyAll.getRange().start.line
      const installs = runCommands(parsed, stage).filter(({ command }) => installsDependencies(command))
      if (installs.some(({ run }) => run.instruction.getRange().start.line < line)) continue
      const first = installs[0]
      if (!first) continue
      report({ message: 'Dependencies are installed after `COPY . .`, so every code change reinstalls them all: copy the lock or requirements file first, install from it, then `COPY . .`.', place: commandPlace(first.command) })
    }
  },
}

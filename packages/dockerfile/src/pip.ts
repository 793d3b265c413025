import type { ParsedDockerfile, RunInstruction } from './parse.ts'
import { operandsAfter, type ShellCommand, type ShellWord, subcommandIndex } from './helpers.ts'

/** The `pip install` commands of the RUNs (pip, pip3, python -m pip, uv pip). */
export function pipInstalls(parsed: ParsedDockerfile): { run: RunInstruction; command: ShellCommand; operands: ShellWord[]; options: string[] }[] {
  const found = []
  for (const run of parsed.runs) {
    for (const command of run.commands) {
      const values = command.words.map((w) => w.value ?? '')
      let start = -1
      if (/^pip[\d.]*$/.test(command.name)) start = 0
      else if (/^python[\d.]*$/.test(command.name) && values[1] === '-m' && values[2] === 'pip') start = 2
      if (start === -1) continue
      const rest = { ...command, words: command.words.slice(start) }
      const index = subcommandIndex(rest, ['install'])
      if (index === -1) continue
      const operands = operandsAfter(rest, index, ['-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-t', '--target', '--prefix', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '--root'])
      found.push({ run, command, operands, options: values.slice(start) })
    }
  }
  return found
}

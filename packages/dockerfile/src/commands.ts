import type { Instruction, JSONInstruction } from 'dockerfile-ast'
import { isExecForm } from './helpers.ts'
import type { ParsedDockerfile } from './parse.ts'

/** One word of a CMD or ENTRYPOINT, with its place. */
export interface CommandWord {
  value: string
  offset: number
  endOffset: number
}

/** The words of a CMD or ENTRYPOINT, exec form or shell form. */
export function wordsOf(parsed: ParsedDockerfile, instruction: Instruction): CommandWord[] {
  const args = isExecForm(instruction)
    ? (instruction as JSONInstruction).getJSONStrings().map((s) => ({ value: s.getJSONValue(), range: s.getRange() }))
    : instruction.getArguments().map((a) => ({ value: a.getValue(), range: a.getRange() }))
  return args.map(({ value, range }) => ({ value, offset: parsed.offsetAt(range.start), endOffset: parsed.offsetAt(range.end) }))
}

/**
 * What each stage's container runs: every CMD with the stage's ENTRYPOINT in front (the two are
 * joined when the container starts), and an ENTRYPOINT on its own when there is no CMD.
 */
export function startCommands(parsed: ParsedDockerfile): { instruction: Instruction; words: CommandWord[] }[] {
  const found: { instruction: Instruction; words: CommandWord[] }[] = []
  // A fragment without FROM is one stage of its own.
  const loose = parsed.instructions.filter((i) => !parsed.stageOf(i))
  for (const instructions of [loose, ...parsed.stages.map((s) => s.instructions)]) {
    const entrypoint = instructions.filter((i) => i.getKeyword() === 'ENTRYPOINT').at(-1)
    const prefix = entrypoint ? wordsOf(parsed, entrypoint) : []
    const cmds = instructions.filter((i) => i.getKeyword() === 'CMD')
    for (const cmd of cmds) found.push({ instruction: cmd, words: [...prefix, ...wordsOf(parsed, cmd)] })
    if (entrypoint && cmds.length === 0) found.push({ instruction: entrypoint, words: prefix })
  }
  return found
}

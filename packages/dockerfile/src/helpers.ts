import type { SnippetPlace } from '@deckcheck/core'
import type { Flag, From, Instruction, ModifiableInstruction, Property, PropertyInstruction } from 'dockerfile-ast'
import type { ParsedDockerfile, RunInstruction, Stage } from './parse.ts'

export { isExecForm } from './parse.ts'
import type { ShellCommand, ShellWord } from './shell.ts'

export type { ShellCommand, ShellWord }

/** The place of an instruction's keyword. */
export function keywordPlace(parsed: ParsedDockerfile, instruction: Instruction): SnippetPlace {
  return parsed.place(instruction.getInstructionRange())
}

/** The place of a whole instruction (all its lines). */
export function instructionPlace(parsed: ParsedDockerfile, instruction: Instruction): SnippetPlace {
  return parsed.place(instruction.getRange())
}

export function wordPlace(word: { offset: number; endOffset: number }): SnippetPlace {
  return { offset: word.offset, endOffset: word.endOffset }
}

export function commandPlace(command: ShellCommand): SnippetPlace {
  return { offset: command.offset, endOffset: command.endOffset }
}

/** Instructions of every stage (not ONBUILD triggers), with their keyword. */
export function instructionsNamed(parsed: ParsedDockerfile, keyword: string): Instruction[] {
  return parsed.instructions.filter((instruction) => instruction.getKeyword() === keyword)
}

export function flagsOf(instruction: Instruction): Flag[] {
  return (instruction as ModifiableInstruction).getFlags?.() ?? []
}

export function flagNamed(instruction: Instruction, name: string): Flag | undefined {
  return flagsOf(instruction).find((flag) => flag.getName().toLowerCase() === name)
}


/** The `name=value` properties of an ARG, ENV or LABEL; none for other instructions. */
export function propertiesOf(instruction: Instruction): Property[] {
  return ['ARG', 'ENV', 'LABEL'].includes(instruction.getKeyword()) ? (instruction as PropertyInstruction).getProperties() : []
}

/** The literal values of a command's words after the name. */
export function argsOf(command: ShellCommand): string[] {
  return command.words.slice(1).map((word) => word.value ?? '')
}

/**
 * True when the command has one of the options: long options as words (`--yes`, also
 * `--yes=true`), short ones also inside a bundle (`-qy` has `-y`).
 */
export function hasOption(command: ShellCommand, ...options: string[]): boolean {
  return argsOf(command).some((arg) =>
    options.some((option) => {
      if (option.startsWith('--')) return arg === option || arg.startsWith(`${option}=`)
      return arg === option || (option.length === 2 && /^-[a-zA-Z]+$/.test(arg) && arg.includes(option[1]!))
    }),
  )
}

/** The position of the subcommand (`install` in `apt-get -q install x`), or -1. */
export function subcommandIndex(command: ShellCommand, subcommands: readonly string[]): number {
  const words = command.words
  for (let i = 1; i < words.length; i++) {
    const value = words[i]!.value
    if (value === undefined) return -1
    if (value.startsWith('-')) continue
    return subcommands.includes(value) ? i : -1
  }
  return -1
}

/** The operands after a subcommand: words that are not options (`curl` in `install -y curl`). */
export function operandsAfter(command: ShellCommand, index: number, optionsWithValue: readonly string[] = []): ShellWord[] {
  const operands: ShellWord[] = []
  const words = command.words
  for (let i = index + 1; i < words.length; i++) {
    const value = words[i]!.value
    if (value === undefined) {
      operands.push(words[i]!)
      continue
    }
    if (value.startsWith('-')) {
      if (optionsWithValue.includes(value)) i++
      continue
    }
    operands.push(words[i]!)
  }
  return operands
}

/** Every shell command of the RUNs (of one stage, or all), with its RUN. */
export function runCommands(parsed: ParsedDockerfile, stage?: Stage): { run: RunInstruction; command: ShellCommand }[] {
  return parsed.runs.filter((run) => !stage || run.stage === stage).flatMap((run) => run.commands.map((command) => ({ run, command })))
}

/** True when the RUN has a `--mount=type=cache` flag. */
export function hasCacheMount(instruction: Instruction): boolean {
  return flagsOf(instruction).some((flag) => flag.getName() === 'mount' && /(^|,)type=cache(,|$)/.test(flag.getValue() ?? ''))
}

/** An image reference split as Docker reads it; `${VAR}` references resolved from ARG defaults. */
export interface ImageReference {
  name: string
  tag?: string
  digest?: string
  /** The reference contains a variable that could not be resolved. */
  dynamic: boolean
}

/** ARG defaults declared before the first FROM. */
export function globalArgs(parsed: ParsedDockerfile): Map<string, string | undefined> {
  const args = new Map<string, string | undefined>()
  for (const instruction of parsed.instructions) {
    if (instruction.getKeyword() === 'FROM') break
    if (instruction.getKeyword() !== 'ARG') continue
    for (const property of propertiesOf(instruction)) {
      args.set(property.getName(), property.getValue() ?? undefined)
    }
  }
  return args
}

export function parseImage(image: string, args: Map<string, string | undefined>): ImageReference {
  let dynamic = false
  const resolved = image.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-+]([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, braced: string, fallback: string | undefined, bare: string) => {
    const value = args.get(braced ?? bare) ?? fallback
    if (value === undefined) dynamic = true
    return value ?? ''
  })
  const at = resolved.indexOf('@')
  const digest = at === -1 ? undefined : resolved.slice(at + 1)
  const withoutDigest = at === -1 ? resolved : resolved.slice(0, at)
  const colon = withoutDigest.lastIndexOf(':')
  const hasTag = colon > withoutDigest.lastIndexOf('/')
  return {
    name: hasTag ? withoutDigest.slice(0, colon) : withoutDigest,
    ...(hasTag ? { tag: withoutDigest.slice(colon + 1) } : {}),
    ...(digest ? { digest } : {}),
    dynamic,
  }
}

/** The image a stage starts from, following `FROM <earlier stage>` to the external image. */
export function baseImageOf(parsed: ParsedDockerfile, stage: Stage): { reference: ImageReference; from: From } | undefined {
  let root = stage
  while (root.parent) root = root.parent
  if (root.image === '' || root.image.toLowerCase() === 'scratch') return undefined
  return { reference: parseImage(root.image, globalArgs(parsed)), from: root.from }
}

/** True for the official Python image (`python`, `docker.io/library/python`). */
export function isPythonImage(reference: ImageReference): boolean {
  return /^((docker\.io\/)?library\/)?python$|^docker\.io\/python$/.test(reference.name)
}

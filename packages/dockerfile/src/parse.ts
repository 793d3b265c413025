import type { Snippet, SnippetPlace } from '@deckcheck/core'
import { type Dockerfile, DockerfileParser, type From, type Instruction, type JSONInstruction, type ModifiableInstruction } from 'dockerfile-ast'
import { validate, ValidationCode } from 'dockerfile-utils'
import { EMPTY, parseRunShell, type ShellCommand, type ShellScript } from './shell.ts'

/** A 0-based line and character (UTF-16 code unit), as dockerfile-ast and dockerfile-utils count. */
export interface DockerPosition {
  line: number
  character: number
}

/** A dockerfile-ast / dockerfile-utils range: 0-based, end exclusive. */
export interface DockerRange {
  start: DockerPosition
  end: DockerPosition
}

/** The name of a dockerfile-utils validation code (`UNKNOWN_INSTRUCTION`, …). */
export type ValidationCodeName = keyof typeof ValidationCode

/** One problem found by dockerfile-utils `validate()`, with the code's name resolved. */
export interface ValidatorDiagnostic {
  code: ValidationCode
  name: ValidationCodeName
  /** dockerfile-utils' own wording (terse; rules rephrase it). */
  message: string
  /** The severity dockerfile-utils gives it with its default settings. */
  severity: 'error' | 'warning'
  range: DockerRange
}

/** A parser directive line (`# syntax=…`, `# escape=…`, `# check=…`), as BuildKit reads directives. */
export interface DirectiveLine {
  /** Lowercased name. */
  name: string
  value: string
  /** 0-based line in the snippet. */
  line: number
  /** The whole line. */
  range: DockerRange
}

/** A build stage: a FROM and the instructions up to the next FROM. */
export interface Stage {
  index: number
  from: From
  /** The name after AS, as written. */
  name?: string
  /** The base image as written (`python:3.12-slim`, `${BASE}`, or an earlier stage's name). */
  image: string
  /** The earlier stage this one starts from (`FROM build`), if any. */
  parent?: Stage
  /** The stage's instructions after its FROM, in order. */
  instructions: Instruction[]
  /** The last stage: the image that is built and run unless `--target` says otherwise. */
  final: boolean
}

/** A RUN instruction and the shell commands it runs. */
export interface RunInstruction {
  instruction: Instruction
  stage: Stage | undefined
  /** `shell`: parsed as POSIX shell; `exec`: a JSON array, no shell; `other`: a non-POSIX SHELL (PowerShell, cmd). */
  form: 'shell' | 'exec' | 'other'
  script: ShellScript
  /** Convenience: `script.commands`. */
  commands: ShellCommand[]
}

export interface ParsedDockerfile {
  /** The snippet text, unchanged. */
  text: string
  /**
   * dockerfile-ast's model of the snippet: instructions in order (with their flags, arguments,
   * heredocs and variables), build stages, comments and directives. Later rules (hadolint DL
   * codes, BuildKit checks) read the instructions from here rather than parsing again.
   */
  dockerfile: Dockerfile
  /** `dockerfile.getInstructions()`, in document order. */
  instructions: Instruction[]
  /** Triggers of `ONBUILD` instructions, parsed as instructions of their own. */
  onbuildTriggers: Instruction[]
  /** Everything dockerfile-utils `validate()` reports with its default settings, in its order. */
  diagnostics: ValidatorDiagnostic[]
  /** The parser directives BuildKit applies: leading `#` lines of a known directive, before anything else. */
  directives: DirectiveLine[]
  /** A directive BuildKit refuses: the second `# syntax=` (or `escape`, `check`); building fails. */
  duplicateDirectives: DirectiveLine[]
  /**
   * Comments before the first instruction that look like a known directive but which BuildKit
   * reads as plain comments, because a blank line, another comment or an unknown directive came
   * first (the `# escape=`` ` then does nothing).
   */
  ignoredDirectives: DirectiveLine[]
  /** The line-continuation (escape) character in effect: `\` unless `# escape=`` ` applies. */
  escape: '\\' | '`'
  /** The build stages, in order; the last one is `final`. */
  stages: Stage[]
  /** Every RUN of every stage with its shell parsed (lazily, once, on first use). */
  readonly runs: RunInstruction[]
  /** The stage an instruction belongs to. */
  stageOf(instruction: Instruction): Stage | undefined
  /** 0-based offset into `text` of a dockerfile-ast position, clamped to the text. */
  offsetAt(position: DockerPosition): number
  /** The snippet place of a dockerfile-ast range (see `rangeToPlace`). */
  place(range: DockerRange): SnippetPlace
}

/** The directives BuildKit knows; any other `# name=value` line ends the directive block. */
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check'])

/** BuildKit's directive pattern (frontend/dockerfile/parser/directives.go), after the `#`. */
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/

/** 0-based offsets where each line of `text` starts. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/** 0-based offset of a 0-based line/character in `text`, clamped to the line and the text. */
function offsetIn(text: string, starts: number[], position: DockerPosition): number {
  if (position.line < 0) return 0
  if (position.line >= starts.length) return text.length
  const start = starts[position.line]!
  const next = position.line + 1 < starts.length ? starts[position.line + 1]! - 1 : text.length
  return Math.min(start + Math.max(0, position.character), next)
}

/**
 * The snippet place of a dockerfile-ast or dockerfile-utils range. Their positions are 0-based
 * lines and UTF-16 characters; a SnippetPlace offset is 0-based into the snippet text, which the
 * engine turns into 1-based deck lines and columns (fence indentation included). Offsets are
 * used rather than lines so that ranges ending past the last line (dockerfile-utils does that)
 * are clamped to the text instead of landing before their own start.
 */
export function rangeToPlace(text: string, range: DockerRange): SnippetPlace {
  const starts = lineStarts(text)
  return placeFrom(text, starts, range)
}

function placeFrom(text: string, starts: number[], range: DockerRange): SnippetPlace {
  const offset = offsetIn(text, starts, range.start)
  const endOffset = Math.max(offset, offsetIn(text, starts, range.end))
  return { offset, endOffset }
}

interface DirectiveScan {
  directives: DirectiveLine[]
  duplicates: DirectiveLine[]
  /** 0-based line where BuildKit stopped looking for directives. */
  stop: number
}

function lineRange(line: number, text: string): DockerRange {
  return { start: { line, character: 0 }, end: { line, character: text.length } }
}

/** Read the directive block the way BuildKit's DirectiveParser does. */
function scanDirectives(lines: string[]): DirectiveScan {
  const directives: DirectiveLine[] = []
  const duplicates: DirectiveLine[] = []
  const seen = new Set<string>()
  let stop = 0
  for (; stop < lines.length; stop++) {
    const line = lines[stop]!
    if (!line.startsWith('#')) break
    const match = DIRECTIVE.exec(line.slice(1).trimStart())
    if (!match) break
    const name = match[1]!.toLowerCase()
    if (!KNOWN_DIRECTIVES.has(name)) break
    const directive = { name, value: match[2]!, line: stop, range: lineRange(stop, line) }
    if (seen.has(name)) duplicates.push(directive)
    else directives.push(directive)
    seen.add(name)
  }
  return { directives, duplicates, stop }
}

/**
 * dockerfile-ast takes any leading `# name=value` comment for a directive, while BuildKit stops
 * at the first unknown one (`# foo=bar` then `# escape=`` ` leaves the escape at `\`). To make
 * dockerfile-ast agree, the `=` of such a line is replaced by a space: same length, so every
 * position stays put, and the line is a comment either way.
 */
function alignWithBuildKit(text: string, lines: string[], starts: number[], stop: number): string {
  const line = lines[stop]
  if (line === undefined || !line.startsWith('#')) return text
  const match = DIRECTIVE.exec(line.slice(1).trimStart())
  if (!match) return text
  const at = starts[stop]! + line.indexOf('=')
  return `${text.slice(0, at)} ${text.slice(at + 1)}`
}

const SEVERITY: Record<number, 'error' | 'warning'> = { 1: 'error', 2: 'warning' }

/**
 * Parse a Dockerfile snippet once: dockerfile-ast for the model, dockerfile-utils `validate()`
 * for its diagnostics, and the parser directives as BuildKit reads them. Never executes anything.
 */
export function parseDockerfile(snippet: Pick<Snippet, 'value'>): ParsedDockerfile {
  const text = snippet.value
  const lines = text.split('\n')
  const starts = lineStarts(text)
  const scan = scanDirectives(lines)
  const astText = alignWithBuildKit(text, lines, starts, scan.stop)
  const dockerfile = DockerfileParser.parse(astText)
  const instructions = dockerfile.getInstructions()
  const diagnostics: ValidatorDiagnostic[] = validate(astText).map((diagnostic) => {
    const code = diagnostic.code as ValidationCode
    return {
      code,
      name: ValidationCode[code] as ValidationCodeName,
      message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
      severity: SEVERITY[diagnostic.severity ?? 1] ?? 'error',
      range: diagnostic.range,
    }
  })
  const firstInstruction = instructions[0]?.getRange().start.line ?? lines.length
  const ignoredDirectives: DirectiveLine[] = []
  for (let line = scan.stop; line < firstInstruction; line++) {
    const content = lines[line]!.trimStart()
    if (!content.startsWith('#')) continue
    const match = DIRECTIVE.exec(content.slice(1).trimStart())
    const name = match?.[1]?.toLowerCase()
    if (match && name && KNOWN_DIRECTIVES.has(name)) {
      ignoredDirectives.push({ name, value: match[2]!, line, range: lineRange(line, lines[line]!) })
    }
  }
  const escape = dockerfile.getEscapeCharacter() === '`' ? '`' : '\\'
  const offsetAt = (position: DockerPosition) => offsetIn(text, starts, position)
  const stages = buildStages(instructions)
  const stageOf = (instruction: Instruction) => stages.find((stage) => stage.from === instruction || stage.instructions.includes(instruction))
  let runs: RunInstruction[] | undefined
  return {
    text,
    dockerfile,
    instructions,
    onbuildTriggers: dockerfile.getOnbuildTriggers(),
    diagnostics,
    directives: scan.directives,
    duplicateDirectives: scan.duplicates,
    ignoredDirectives,
    escape,
    stages,
    get runs() {
      runs ??= instructions.filter((i) => i.getKeyword() === 'RUN').map((instruction) => readRun(instruction, stageOf(instruction), text, escape, offsetAt))
      return runs
    },
    stageOf,
    offsetAt,
    place: (range) => placeFrom(text, starts, range),
  }
}

function buildStages(instructions: Instruction[]): Stage[] {
  const stages: Stage[] = []
  for (const instruction of instructions) {
    if (instruction.getKeyword() === 'FROM') {
      const from = instruction as From
      const name = from.getBuildStage() ?? undefined
      const image = from.getImage() ?? ''
      const parent = stages.find((stage) => stage.name !== undefined && stage.name.toLowerCase() === image.toLowerCase())
      stages.push({ index: stages.length, from, ...(name ? { name } : {}), image, ...(parent ? { parent } : {}), instructions: [], final: false })
    } else {
      stages[stages.length - 1]?.instructions.push(instruction)
    }
  }
  if (stages.length > 0) stages[stages.length - 1]!.final = true
  return stages
}

/**
 * True for exec form (`CMD ["python", "app.py"]`): the arguments are a JSON array, as Docker
 * decides. Anything else is shell form, `RUN [[ -f x ]] && …` and malformed arrays included.
 */
export function isExecForm(instruction: Instruction): boolean {
  const content = instruction.getArgumentsContent()
  if (!content?.trimStart().startsWith('[')) return false
  try {
    return Array.isArray(JSON.parse(content))
  } catch {
    return false
  }
}

const POSIX_SHELLS = /(^|\/)(sh|bash|dash|ash|zsh|ksh)$/

/** A RUN's form, and its shell commands when it is POSIX shell. */
function readRun(instruction: Instruction, stage: Stage | undefined, text: string, escape: string, offsetAt: (p: DockerPosition) => number): RunInstruction {
  const none = (form: RunInstruction['form']): RunInstruction => ({ instruction, stage, form, script: EMPTY, commands: [] })
  if (isExecForm(instruction)) return none('exec')
  const shell = stage?.instructions
    .filter((i) => i.getKeyword() === 'SHELL' && i.getRange().start.line < instruction.getRange().start.line)
    .at(-1)
  const shellPath = shell && (shell as JSONInstruction).getJSONStrings()[0]?.getJSONValue()
  if (escape === '`' || (shellPath && !POSIX_SHELLS.test(shellPath))) return none('other')
  const first = (instruction as ModifiableInstruction).getArguments()[0]
  if (!first) return none('shell')
  const script = parseRunShell(text, instruction, offsetAt(first.getRange().start), escape, offsetAt)
  return { instruction, stage, form: 'shell', script, commands: script.commands }
}

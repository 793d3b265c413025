/// <reference path="./mvdan-sh.d.ts" />
import type { Heredoc, Instruction } from 'dockerfile-ast'
import sh from 'mvdan-sh'

/** One word of a shell command, with its place in the snippet. */
export interface ShellWord {
  /** The word after quote removal (`"a b"` is `a b`); undefined when it expands something (`$X`, `$(…)`). */
  value: string | undefined
  /** 0-based offsets into the snippet text, end exclusive. */
  offset: number
  endOffset: number
}

/** A simple command inside a RUN (`apt-get install -y curl`), as the shell reads it. */
export interface ShellCommand {
  /** The command's base name (`/usr/bin/pip3` is `pip3`), or '' when it is computed. */
  name: string
  /** Every word, the command name first. */
  words: ShellWord[]
  offset: number
  endOffset: number
  /** Where the command sits in a pipeline: 0 outside any, else 1, 2, … from the left. */
  pipelinePosition: number
  /** The command piped into this one (`curl …` for `sh` in `curl … | sh`). */
  pipedFrom?: ShellCommand
}

/** Bash syntax that POSIX sh (dash, Debian's /bin/sh) does not have, with ShellCheck's code. */
export interface Bashism {
  code: string
  what: string
  offset: number
  endOffset: number
}

export interface ShellScript {
  commands: ShellCommand[]
  bashisms: Bashism[]
  /** True when the script has a pipeline (`a | b`). */
  hasPipe: boolean
  /** The shell syntax error, if the text is not valid shell. */
  error?: { message: string; offset: number }
}

/** Text handed to the shell parser, with the snippet offset of each of its UTF-16 units. */
interface MappedText {
  text: string
  offsets: number[]
}

/** mvdan-sh node types that only bash (not POSIX sh) understands. */
const BASHISMS: Record<string, { code: string; what: string }> = {
  TestClause: { code: 'SC3010', what: '`[[ … ]]`' },
  ArithmCmd: { code: 'SC3006', what: '`(( … ))`' },
  ProcSubst: { code: 'SC3001', what: 'process substitution `<( … )`' },
  FuncDecl: { code: 'SC2113', what: 'the `function` keyword' },
}

const PIPE = 12
const PIPE_ALL = 13

/**
 * The shell text Docker runs for a shell-form instruction, from `start` to `end` in the snippet:
 * escape + newline are removed and comment or blank lines inside the continued instruction are
 * dropped, as Docker does; once the instruction's logical line ends, what follows (heredoc
 * bodies) is kept as it is, and the shell parser reads the heredocs itself.
 */
function shellText(source: string, start: number, end: number, escape: string): MappedText {
  const out: MappedText = { text: '', offsets: [] }
  const add = (from: number, to: number) => {
    out.text += source.slice(from, to)
    for (let i = from; i < to; i++) out.offsets.push(i)
  }
  let at = start
  let continued = false
  while (at < end) {
    const newline = source.indexOf('\n', at)
    const lineEnd = newline === -1 || newline > end ? end : newline
    const line = source.slice(at, lineEnd)
    if (continued && (line.trim() === '' || line.trimStart().startsWith('#'))) {
      at = lineEnd + 1
      continue
    }
    const trimmed = line.trimEnd()
    if (trimmed.endsWith(escape)) {
      add(at, at + trimmed.length - 1)
      continued = true
      at = lineEnd + 1
      continue
    }
    add(at, end)
    break
  }
  out.offsets.push(end)
  return out
}

/** UTF-16 index of each UTF-8 byte offset (mvdan-sh counts bytes), for non-ASCII text. */
function byteIndex(text: string): (byte: number) => number {
  if (!/[^\x00-\x7f]/.test(text)) return (byte) => byte
  const indexes: number[] = []
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!
    const bytes = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
    for (let b = 0; b < bytes; b++) indexes.push(i)
    if (code >= 0x10000) i++
  }
  return (byte) => indexes[byte] ?? text.length
}

/** A node of mvdan-sh's syntax tree (GopherJS objects, untyped). */
type Node = any

/** A word's value after quote removal, or undefined when it expands anything. */
function literal(word: Node): string | undefined {
  let value = ''
  for (const part of word.Parts) {
    const type = sh.syntax.NodeType(part)
    if (type === 'Lit' || type === 'SglQuoted') value += part.Value
    else if (type === 'DblQuoted') {
      for (const inner of part.Parts) {
        if (sh.syntax.NodeType(inner) !== 'Lit') return undefined
        value += inner.Value
      }
    } else return undefined
  }
  return value
}

function parseMapped(mapped: MappedText, name: string): ShellScript {
  const toIndex = byteIndex(mapped.text)
  const toSnippet = (byte: number) => mapped.offsets[Math.min(toIndex(byte), mapped.offsets.length - 1)]!
  let file: Node
  try {
    file = sh.syntax.NewParser().Parse(mapped.text, name)
  } catch (error) {
    const e = error as Node
    const message = typeof e?.Error === 'function' ? String(e.Error()).replace(/^[^:]*:\d+:\d+: /, '') : String(error)
    return { commands: [], bashisms: [], hasPipe: false, error: { message, offset: toSnippet(e?.Pos?.Offset?.() ?? 0) } }
  }
  const commands: ShellCommand[] = []
  const byStart = new Map<number, ShellCommand>()
  const pipes: Node[] = []
  const bashisms: Bashism[] = []
  sh.syntax.Walk(file, (node: Node) => {
    if (!node) return true
    const type = sh.syntax.NodeType(node)
    const bashism = BASHISMS[type === 'FuncDecl' && !node.RsrvWord ? '' : type]
    if (bashism) bashisms.push({ ...bashism, offset: toSnippet(node.Pos().Offset()), endOffset: toSnippet(node.End().Offset()) })
    if (type === 'BinaryCmd' && (node.Op === PIPE || node.Op === PIPE_ALL)) pipes.push(node)
    if (type === 'CallExpr' && node.Args.length > 0) {
      const words = node.Args.map((word: Node): ShellWord => ({ value: literal(word), offset: toSnippet(word.Pos().Offset()), endOffset: toSnippet(word.End().Offset()) }))
      const first = words[0]!.value
      const command: ShellCommand = {
        name: first === undefined ? '' : first.slice(first.lastIndexOf('/') + 1),
        words,
        offset: words[0]!.offset,
        endOffset: words[words.length - 1]!.endOffset,
        pipelinePosition: 0,
      }
      commands.push(command)
      byStart.set(node.Pos().Offset(), command)
    }
    return true
  })
  // `a | b | c` nests as ((a | b) | c): the left side's last command feeds the right side's first.
  const firstCommand = (stmt: Node): ShellCommand | undefined => byStart.get(stmt.Pos().Offset())
  const lastCommand = (stmt: Node): ShellCommand | undefined => {
    const cmd = stmt.Cmd
    if (cmd && sh.syntax.NodeType(cmd) === 'BinaryCmd' && (cmd.Op === PIPE || cmd.Op === PIPE_ALL)) return lastCommand(cmd.Y)
    return firstCommand(stmt)
  }
  for (const pipe of [...pipes].reverse()) {
    const left = lastCommand(pipe.X)
    const right = firstCommand(pipe.Y)
    if (left && left.pipelinePosition === 0) left.pipelinePosition = 1
    if (right) {
      right.pipedFrom = left
      right.pipelinePosition = (left?.pipelinePosition ?? 1) + 1
    }
  }
  for (const command of commands) {
    if (command.name === 'source') bashisms.push({ code: 'SC3046', what: '`source`', offset: command.offset, endOffset: command.words[0]!.endOffset })
  }
  return { commands, bashisms, hasPipe: pipes.length > 0 }
}

/** The script of something that is not shell. */
export const EMPTY: ShellScript = { commands: [], bashisms: [], hasPipe: false }

/** A RUN whose command is only heredocs (`RUN <<EOF`): Docker runs their bodies as the script. */
const HEREDOC_ONLY = /^(\s*<<-?\s*(["']?)[A-Za-z_][\w-]*\2\s*)+$/

/**
 * Parse the shell command of a shell-form RUN (or of another shell-form instruction) once, with
 * every word mapped back to the snippet. `argumentsStart` is the snippet offset after the flags.
 */
export function parseRunShell(
  source: string,
  instruction: Instruction,
  argumentsStart: number,
  escape: string,
  offsetAt: (position: { line: number; character: number }) => number,
): ShellScript {
  const end = offsetAt(instruction.getRange().end)
  const mapped = shellText(source, argumentsStart, end, escape)
  const firstLine = mapped.text.split('\n')[0]!
  const heredocs = (instruction as Instruction & { getHeredocs?(): Heredoc[] }).getHeredocs?.() ?? []
  if (heredocs.length > 0 && HEREDOC_ONLY.test(firstLine)) {
    const scripts = heredocs.map((heredoc) => {
      const range = heredoc.getContentRange()
      if (!range) return EMPTY
      const from = offsetAt(range.start)
      const to = offsetAt(range.end)
      // A body with its own interpreter (`#!/usr/bin/env python3`) is not shell.
      const body = source.slice(from, to)
      if (/^#!(?!.*\b(sh|bash|dash|ash)\b)/.test(body)) return EMPTY
      const script = parseMapped({ text: body, offsets: [...Array.from({ length: to - from }, (_, i) => from + i), to] }, 'RUN')
      // A `#!/bin/bash` body runs under bash, where bash syntax is fine.
      return /^#!.*\bbash\b/.test(body) ? { ...script, bashisms: [] } : script
    })
    return {
      commands: scripts.flatMap((s) => s.commands),
      bashisms: scripts.flatMap((s) => s.bashisms),
      hasPipe: scripts.some((s) => s.hasPipe),
      error: scripts.find((s) => 'error' in s && s.error)?.error,
    }
  }
  return parseMapped(mapped, 'RUN')
}

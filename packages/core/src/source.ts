import { isUtf8 } from 'node:buffer'
import { readFileSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'

/** A text file as deckcheck sees it: BOM removed, split on the line endings Slidev splits on. */
export interface SourceText {
  path: string
  text: string
  lines: string[]
  /** Bytes that are not UTF-8 text (invalid sequences, NUL): where the first one is, and what it is. */
  encoding?: { offset: number; message: string }
}

export function toSource(path: string, text: string): SourceText {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const source: SourceText = { path, text: clean, lines: clean.split(/\r?\n/) }
  const nul = clean.indexOf('\0')
  if (nul !== -1) source.encoding = { offset: nul, message: 'This file contains a NUL byte: it is binary or damaged, not Markdown or source text. Remove it, or save the file again as UTF-8 text.' }
  return source
}

/** 1-based line and column of an offset in a source, lines as Slidev splits them. */
export function sourcePoint(source: SourceText, offset: number): { line: number; column: number } {
  const before = source.text.slice(0, offset).split(/\r?\n/)
  return { line: before.length, column: before.at(-1)!.length + 1 }
}

/** A file that could not be read, with a reason fit for one line of output. */
export class ReadError extends Error {
  readonly path: string

  constructor(path: string, reason: string) {
    super(reason)
    this.path = path
  }
}

/** A file over a configured limit: reported as a `deckcheck/limit` finding, never a crash. */
export class LimitError extends ReadError {}

export interface ReadOptions {
  /** Files outside this directory are refused (after resolving symlinks). */
  root: string
  /** Largest file read, in bytes. */
  maxBytes: number
}

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  ELOOP: 'symbolic link loop',
  ENOTDIR: 'a parent of this path is not a directory',
}

/** Read a text file the checker may read: inside the root, a regular file, not too large. */
export function readSource(path: string, options: ReadOptions): SourceText {
  const absolute = resolve(path)
  // Refused before touching the file system: whether such a file exists is none of the deck's business.
  if (!isInside(resolve(options.root), absolute)) throw new ReadError(absolute, `outside the workspace root ${options.root}`)
  let real: string
  try {
    real = realpathSync(absolute)
    const stat = statSync(real)
    if (!stat.isFile()) throw new ReadError(absolute, stat.isDirectory() ? REASONS.EISDIR! : 'not a regular file')
    if (stat.size > options.maxBytes) {
      throw new LimitError(absolute, `it is ${stat.size} bytes, over the limit of ${options.maxBytes} (limits.maxFileBytes in deckcheck.json)`)
    }
  } catch (error) {
    throw asReadError(absolute, error)
  }
  if (!isInside(realpathOrSelf(options.root), real)) {
    throw new ReadError(absolute, `outside the workspace root ${options.root}`)
  }
  let bytes: Buffer
  try {
    bytes = readFileSync(real)
  } catch (error) {
    throw asReadError(absolute, error)
  }
  const source = toSource(absolute, bytes.toString('utf8'))
  if (!isUtf8(bytes)) {
    // Invalid sequences decode to U+FFFD: the first one marks where the damage starts.
    source.encoding = { offset: Math.max(0, source.text.indexOf('\uFFFD')), message: 'This file is not valid UTF-8 from here on: Slidev would show replacement characters. Save the file as UTF-8.' }
  }
  return source
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return resolve(path)
  }
}

function asReadError(path: string, error: unknown): ReadError {
  if (error instanceof ReadError) return error
  const code = (error as NodeJS.ErrnoException).code ?? ''
  return new ReadError(path, REASONS[code] ?? (error as Error).message)
}

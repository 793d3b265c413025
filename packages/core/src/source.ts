import { readFileSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'

/** A text file as deckcheck sees it: BOM removed, split on the line endings Slidev splits on. */
export interface SourceText {
  path: string
  text: string
  lines: string[]
}

export function toSource(path: string, text: string): SourceText {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  return { path, text: clean, lines: clean.split(/\r?\n/) }
}

/** A file that could not be read, with a reason fit for one line of output. */
export class ReadError extends Error {
  readonly path: string

  constructor(path: string, reason: string) {
    super(reason)
    this.path = path
  }
}

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
  let real: string
  try {
    real = realpathSync(absolute)
    const stat = statSync(real)
    if (!stat.isFile()) throw new ReadError(absolute, stat.isDirectory() ? REASONS.EISDIR! : 'not a regular file')
    if (stat.size > options.maxBytes) {
      throw new ReadError(absolute, `file is ${stat.size} bytes, over the limit of ${options.maxBytes} (limits.maxFileBytes)`)
    }
  } catch (error) {
    throw asReadError(absolute, error)
  }
  if (!isInside(realpathOrSelf(options.root), real)) {
    throw new ReadError(absolute, `outside the workspace root ${options.root}`)
  }
  try {
    return toSource(absolute, readFileSync(real, 'utf8'))
  } catch (error) {
    throw asReadError(absolute, error)
  }
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

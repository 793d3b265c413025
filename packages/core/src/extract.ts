import type { Code, Html, Paragraph, Root, RootContent } from 'mdast'
import { dirname, resolve } from 'node:path'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import type { SlideNode } from './deck.ts'
import { DIRECTIVE_NAMES, type Directive, parseDirectives } from './directives.ts'
import { firstLineComment, kindFromContent, kindFromFilename, normalizeLanguage, roleWords } from './kind.ts'
import { parseFenceInfo } from './meta.ts'
import { report } from './report.ts'
import { CORE_RULES } from './core-rules.ts'
import { LimitError, ReadError, type ReadOptions, readSource, type SourceText, sourcePoint } from './source.ts'
import type { Point, Range, Snippet, SnippetDirectives, SnippetOrigin } from './types.ts'

/** Lines of the text a tree's positions refer to, and how its points map to the user's file. */
interface Container {
  lines: string[]
  toFile(line: number, column: number): Point
  file: string
}

interface PendingDirective {
  directive: Directive
  at: Range
}

interface SlideContext {
  slide: SlideNode
  snippets: Snippet[]
  file: VFile
  read: ReadOptions
  deckRoot: string
}

const markdown = unified().use(remarkParse)

/**
 * Find every snippet of a deck tree (fences, magic-move steps, `<<<` imports, frontmatter), with
 * its directives and the mapping of each of its lines to the file the user edits.
 */
export function extractSnippets(slides: SlideNode[], file: VFile, read: ReadOptions, deckRoot: string): Snippet[] {
  const snippets: Snippet[] = []
  for (const slide of slides) {
    const context: SlideContext = { slide, snippets, file, read, deckRoot }
    const { source, frontmatter } = slide.data
    if (frontmatter) {
      const text = frontmatter.text
      const lines = text.split('\n').map((_, index) => ({ line: frontmatter.firstLine + index, column: 1 }))
      addSnippet(context, {
        rawLang: 'yaml',
        meta: '',
        value: text,
        file: source.path,
        lines,
        range: { start: { line: frontmatter.firstLine - 1, column: 1 }, end: { line: frontmatter.firstLine + lines.length, column: 4 } },
        origin: 'frontmatter',
        kind: 'slidev-frontmatter',
        directives: noDirectives(),
      })
    }
    const container: Container = { lines: source.lines, toFile: (line, column) => ({ line, column }), file: source.path }
    walk(context, slide.children, container, slide.data.yamlFrontmatterBlock)
  }
  return snippets
}

function noDirectives(): SnippetDirectives {
  return { skip: false, expect: [], disable: [] }
}

function walk(context: SlideContext, children: RootContent[], container: Container, firstIsFrontmatter = false): void {
  let pending: PendingDirective[] = []
  const flush = () => {
    for (const { directive, at } of pending) {
      report(context.file, CORE_RULES.invalidDirective, container.file, at, `deckcheck-${directive.name} is not followed by a code block: put it on the line right before the fence it is about.`)
    }
    pending = []
  }
  for (const [index, child] of children.entries()) {
    if (child.type === 'html') {
      const found = parseDirectives(child.value)
      if (found.length === 0) flush()
      else pending.push(...found.map((directive) => ({ directive, at: directiveRange(child, directive, container) })))
      continue
    }
    if (child.type === 'code' && isFenced(child, container)) {
      code(context, child, container, pending, firstIsFrontmatter && index === 0)
      pending = []
      continue
    }
    const imports = child.type === 'paragraph' ? importLines(child, container) : []
    if (imports.length > 0) {
      for (const line of imports) importSnippet(context, line, container, pending)
      pending = []
      continue
    }
    flush()
    if ('children' in child && child.type !== 'paragraph' && child.type !== 'heading') {
      walk(context, child.children as RootContent[], container)
    }
  }
  flush()
}

function isFenced(node: Code, container: Container): boolean {
  const start = node.position?.start
  if (!start) return false
  const text = container.lines[start.line - 1] ?? ''
  return /^(`{3,}|~{3,})/.test(text.slice(start.column - 1))
}

function code(context: SlideContext, node: Code, container: Container, pending: PendingDirective[], isFrontmatter: boolean): void {
  const info = parseFenceInfo(node.lang, node.meta)
  const lines = valueLines(node.value, node.position!.start.line + 1, node.position!.start.column, container)
  const range = nodeRange(node, container)
  const directives = collectDirectives(context, pending, container.file)
  if (info.magicMove) {
    for (const name of ['expect', 'file'] as const) {
      const misplaced = pending.find((p) => p.directive.name === name)
      if (misplaced) {
        report(context.file, CORE_RULES.invalidDirective, container.file, misplaced.at, `deckcheck-${name} on a magic-move block is ambiguous: put it right before the step's own fence inside the block.`)
      }
    }
    if (directives.skip) return
    const inner = markdown.parse(node.value) as Root
    const outer = lines
    const innerContainer: Container = {
      lines: node.value.split('\n'),
      toFile: (line, column) => {
        const base = outer[line - 1] ?? outer[outer.length - 1]!
        return { line: base.line, column: base.column + column - 1 }
      },
      file: container.file,
    }
    const before = context.snippets.length
    walk(context, inner.children, innerContainer)
    for (const step of context.snippets.slice(before)) {
      step.origin = 'magic-move'
      step.directives.disable.push(...directives.disable)
    }
    return
  }
  addSnippet(context, {
    rawLang: info.lang,
    meta: info.meta,
    value: node.value,
    file: container.file,
    lines,
    range,
    origin: isFrontmatter ? 'frontmatter' : 'fence',
    kind: isFrontmatter ? 'slidev-frontmatter' : undefined,
    filename: directives.file?.filename ?? info.filename,
    roles: directives.file?.roles,
    directives,
  })
}

interface SnippetDraft {
  rawLang: string
  meta: string
  value: string
  file: string
  lines: Point[]
  range: Range
  origin: SnippetOrigin
  kind?: string
  filename?: string
  roles?: string[]
  directives: SnippetDirectives & { file?: { filename: string; roles: string[] } }
}

/** Settle the snippet's language, file name, kind and roles, then add it. */
function addSnippet(context: SlideContext, draft: SnippetDraft): void {
  let lang = normalizeLanguage(draft.rawLang)
  const comment = firstLineComment(lang, draft.value)
  const filename = draft.filename ?? comment?.filename
  const fromName = filename ? kindFromFilename(filename) : undefined
  if (fromName && (lang === '' || lang === 'text' || lang === fromName.lang)) lang = fromName.lang
  const { file: _, ...directives } = draft.directives
  context.snippets.push({
    index: context.snippets.length,
    lang,
    rawLang: draft.rawLang,
    meta: draft.meta,
    value: draft.value,
    file: draft.file,
    lines: draft.lines,
    range: draft.range,
    deckFile: context.slide.data.source.path,
    slide: context.slide.data.number,
    origin: draft.origin,
    filename,
    kind: draft.kind ?? (lang === fromName?.lang ? fromName.kind : undefined) ?? kindFromContent(lang, draft.value),
    roles: draft.roles ?? comment?.roles ?? [],
    directives,
  })
}

/**
 * Map each line of a code value to its place in the container: the value line is what remains of
 * the container line once the indentation (or list/quote prefix) that remark stripped is gone.
 */
function valueLines(value: string, firstLine: number, fallbackColumn: number, container: Container): Point[] {
  return value.split('\n').map((text, index) => {
    const line = firstLine + index
    const whole = container.lines[line - 1] ?? ''
    const column = whole.endsWith(text) ? whole.length - text.length + 1 : fallbackColumn
    return container.toFile(line, column)
  })
}

function nodeRange(node: Code | Paragraph | Html, container: Container): Range {
  const { start, end } = node.position!
  return { start: container.toFile(start.line, start.column), end: container.toFile(end.line, end.column) }
}

function directiveRange(node: Html, directive: Directive, container: Container): Range {
  const at = (offset: number): Point => {
    const before = node.value.slice(0, offset)
    const newlines = before.split('\n').length - 1
    const start = node.position!.start
    const line = start.line + newlines
    const column = newlines === 0 ? start.column + offset : offset - before.lastIndexOf('\n')
    return container.toFile(line, column)
  }
  return { start: at(directive.offset), end: at(directive.offset + directive.length) }
}

function collectDirectives(context: SlideContext, pending: PendingDirective[], file: string): SnippetDraft['directives'] {
  const directives: SnippetDraft['directives'] = noDirectives()
  for (const { directive, at } of pending) {
    switch (directive.name) {
      case 'skip':
        directives.skip = true
        break
      case 'expect':
        directives.expect.push(...directive.args)
        directives.expectAt = at
        if (directive.args.length === 0) {
          report(context.file, CORE_RULES.invalidDirective, file, at, 'deckcheck-expect names no rule: list the rule ids or aliases this bad example must trigger.')
        }
        break
      case 'disable':
        directives.disable.push(...directive.args)
        break
      case 'file': {
        const [filename, ...words] = directive.args
        if (!filename || !kindFromFilename(filename)) {
          report(context.file, CORE_RULES.invalidDirective, file, at, `deckcheck-file needs a file name deckcheck knows (pyproject.toml, Dockerfile, compose.yaml, …), got ${filename ? `"${filename}"` : 'nothing'}.`)
        } else {
          directives.file = { filename, roles: roleWords(words.join(' ')) }
        }
        break
      }
      default:
        report(context.file, CORE_RULES.invalidDirective, file, at, `Unknown directive deckcheck-${directive.name}: use one of ${DIRECTIVE_NAMES.map((n) => `deckcheck-${n}`).join(', ')}.`)
    }
  }
  return directives
}

interface ImportLine {
  path: string
  lang?: string
  meta: string
  line: number
  pathColumn: number
}

const IMPORT = /^(\s*<<<\s+)(\S+)(?:\s+(.*))?$/

/** Slidev's `<<< @/snippets/file.ext [lang] {meta}` lines in a paragraph. */
function importLines(node: Paragraph, container: Container): ImportLine[] {
  const { start, end } = node.position!
  const found: ImportLine[] = []
  for (let line = start.line; line <= end.line; line++) {
    const text = container.lines[line - 1] ?? ''
    const offset = line === start.line ? start.column - 1 : text.length - text.trimStart().length
    const match = IMPORT.exec(text.slice(offset))
    if (!match) continue
    const rest = (match[3] ?? '').trim()
    const lang = /^[^\s{[]+/.exec(rest)?.[0]
    found.push({
      path: match[2]!,
      lang,
      meta: lang ? rest.slice(lang.length).trim() : rest,
      line,
      pathColumn: offset + match[1]!.length + 1,
    })
  }
  return found
}

function importSnippet(context: SlideContext, line: ImportLine, container: Container, pending: PendingDirective[]): void {
  const at = container.toFile(line.line, line.pathColumn)
  const range: Range = { start: at, end: { line: at.line, column: at.column + line.path.length } }
  const directives = collectDirectives(context, pending, container.file)
  if (directives.skip) return
  const [rawPath = '', region] = line.path.split('#')
  const target = rawPath.startsWith('@/')
    ? resolve(context.deckRoot, rawPath.slice(2))
    : resolve(dirname(context.slide.data.source.path), rawPath)
  let source: SourceText
  try {
    source = readSource(target, context.read)
  } catch (error) {
    const reason = error instanceof ReadError ? error.message : String(error)
    if (error instanceof LimitError) report(context.file, CORE_RULES.limit, container.file, range, `Cannot import ${line.path}: ${reason}.`)
    else report(context.file, CORE_RULES.import, container.file, range, `Cannot import ${line.path}: ${reason}. Fix the path (@/ is the deck's folder) or add the file.`)
    return
  }
  if (source.encoding) {
    const point = sourcePoint(source, source.encoding.offset)
    report(context.file, CORE_RULES.encoding, source.path, { start: point }, source.encoding.message)
  }
  let first = 0
  let count = source.lines.length
  if (region) {
    const open = source.lines.findIndex((l) => new RegExp(`#region\\s+${escapeRegExp(region)}\\b`).test(l))
    const close = source.lines.findIndex((l, i) => i > open && new RegExp(`#endregion(\\s+${escapeRegExp(region)}\\b|\\s*$)`).test(l))
    if (open === -1 || close === -1) {
      report(context.file, CORE_RULES.import, container.file, range, `Cannot import ${line.path}: no "#region ${region}" … "#endregion" in ${rawPath}. Add the region markers or import the whole file.`)
      return
    }
    first = open + 1
    count = close - first
  }
  const value = source.lines.slice(first, first + count).join('\n')
  const extension = /\.([\w-]+)$/.exec(rawPath)?.[1] ?? ''
  const fromName = kindFromFilename(rawPath)
  addSnippet(context, {
    rawLang: line.lang ?? fromName?.lang ?? extension,
    meta: line.meta,
    value,
    file: target,
    lines: Array.from({ length: count }, (_, index) => ({ line: first + index + 1, column: 1 })),
    range,
    origin: 'import',
    filename: directives.file?.filename ?? (fromName ? rawPath.replace(/^@\//, '') : undefined),
    roles: directives.file?.roles,
    directives,
  })
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

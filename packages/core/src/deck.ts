import { parseSync } from '@slidev/parser/core'
import { parseRangeString } from '@slidev/parser/utils'
import type { Root, RootContent } from 'mdast'
import { dirname, resolve } from 'node:path'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Node } from 'unist'
import { CORE_RULES } from './core-rules.ts'
import { LimitError, ReadError, type ReadOptions, readSource, sourcePoint, type SourceText } from './source.ts'
import type { RuleMeta } from './types.ts'

/** A problem found while reading the deck itself (a bad `src:` import, a damaged file), placed in its file. */
export interface DeckProblem {
  rule: RuleMeta
  file: string
  line: number
  column: number
  message: string
}

/** The YAML of a slide's frontmatter, with the 1-based file line of its first line. */
export interface FrontmatterSource {
  firstLine: number
  text: string
}

/**
 * A slide in the tree deckcheck checks: the mdast children of its content (positions in its
 * file's lines), and where it comes from.
 */
export interface SlideNode extends Node {
  type: 'slide'
  children: RootContent[]
  data: {
    source: SourceText
    /**
     * 1-based number in the presented deck (imported slides count where they are shown). A slide
     * Slidev does not show (`hide: true`, or a `src:` import replaced by the imported slides) has
     * the number of the next shown slide.
     */
    number: number
    /** False for slides Slidev does not show: `hide`/`disabled`, and `src:` import slides. */
    shown: boolean
    frontmatter?: FrontmatterSource
    /** Slidev took a ```` ```yaml ```` block at the top of the slide as its frontmatter. */
    yamlFrontmatterBlock: boolean
  }
}

export interface DeckTree {
  type: 'root'
  children: SlideNode[]
}

export interface Deck {
  entry: SourceText
  tree: DeckTree
  /** Every Markdown file read (the entry and `src:` imports). */
  files: string[]
  problems: DeckProblem[]
}

const markdown = unified().use(remarkParse)

/**
 * Read a Slidev deck as Slidev does: split into slides with `@slidev/parser` (so boundaries agree),
 * follow `src:` imports, and parse each slide's content with remark.
 */
export function readDeck(entry: SourceText, options: ReadOptions): Deck {
  const deckRoot = dirname(entry.path)
  const slides: SlideNode[] = []
  let shownCount = 0
  const problems: DeckProblem[] = []
  const files = new Set<string>([entry.path])

  const visit = (source: SourceText, range: string | undefined, chain: string[], at?: Omit<DeckProblem, 'message' | 'rule'>): void => {
    if (source.encoding) problems.push({ rule: CORE_RULES.encoding, file: source.path, ...sourcePoint(source, source.encoding.offset), message: source.encoding.message })
    const parsed = parseSync(source.lines.join('\n'), source.path, { noParseYAML: true })
    if (range !== undefined && at) {
      const problem = rangeProblem(range, parsed.slides.length, shortName(source.path))
      if (problem) problems.push({ rule: CORE_RULES.import, ...at, message: problem })
    }
    const wanted = range === undefined ? undefined : new Set(parseRangeString(parsed.slides.length, range))
    for (const slide of parsed.slides) {
      if (wanted && !wanted.has(slide.index + 1)) continue
      const frontmatter = slide.frontmatterStyle === 'frontmatter' ? frontmatterOf(source, slide.start, slide.contentStart) : undefined
      const src = frontmatter && srcOf(frontmatter)
      if (src) {
        // Slidev replaces this slide by the imported ones and ignores its content; its own
        // frontmatter is still YAML on a slide, so it is checked.
        slides.push(slideNode(source, shownCount + 1, false, frontmatter, [], false))
        const [rawPath = '', subRange] = src.value.split('#')
        const target = rawPath.startsWith('/') ? resolve(deckRoot, rawPath.slice(1)) : resolve(dirname(source.path), rawPath)
        const at = { file: source.path, line: src.line, column: src.column }
        if (chain.includes(target)) {
          problems.push({ rule: CORE_RULES.import, ...at, message: `Circular src: import of ${src.value}: ${[...chain, target].map(shortName).join(' -> ')}. Remove the import that closes the cycle.` })
          continue
        }
        let imported: SourceText
        try {
          imported = readSource(target, options)
        } catch (error) {
          const reason = error instanceof ReadError ? error.message : String(error)
          problems.push({ rule: error instanceof LimitError ? CORE_RULES.limit : CORE_RULES.import, ...at, message: `Cannot import ${src.value}: ${reason}.` })
          continue
        }
        files.add(imported.path)
        visit(imported, subRange, [...chain, target], at)
        continue
      }
      // Without a closed frontmatter block, Slidev keeps the whole slide (its `---` line too) as content.
      const first = frontmatter ? slide.contentStart : slide.start
      const tree = markdown.parse(source.lines.slice(first, slide.end).join('\n')) as Root
      shiftLines(tree, first)
      const shown = !(frontmatter && /^(hide|disabled)\s*:\s*true\s*$/m.test(frontmatter.text))
      if (shown) shownCount++
      slides.push(slideNode(source, shown ? shownCount : shownCount + 1, shown, frontmatter, tree.children, slide.frontmatterStyle === 'yaml'))
    }
  }

  visit(entry, undefined, [entry.path])
  return { entry, tree: { type: 'root', children: slides }, files: [...files], problems }
}

function slideNode(
  source: SourceText,
  number: number,
  shown: boolean,
  frontmatter: FrontmatterSource | undefined,
  children: RootContent[],
  yamlFrontmatterBlock: boolean,
): SlideNode {
  return { type: 'slide', children, data: { source, number, shown, frontmatter, yamlFrontmatterBlock } }
}

/** The `---` frontmatter of a slide: the lines between its `---` line (`start`) and the closing one. */
function frontmatterOf(source: SourceText, start: number, contentStart: number): FrontmatterSource {
  const lines = source.lines.slice(start + 1, contentStart - 1)
  return { firstLine: start + 2, text: lines.join('\n') }
}

function srcOf(frontmatter: FrontmatterSource): { value: string; line: number; column: number } | undefined {
  const lines = frontmatter.text.split('\n')
  for (const [index, line] of lines.entries()) {
    const match = /^(src\s*:\s*)(['"]?)([^'"#\s][^'"]*?)\2(\s+#.*)?\s*$/.exec(line)
    if (match) {
      return { value: match[3]!, line: frontmatter.firstLine + index, column: match[1]!.length + match[2]!.length + 1 }
    }
  }
  return undefined
}

/**
 * Slidev silently drops slide numbers past the end of the imported file, and anything that is not
 * a number: a typo in a range quietly removes slides from the talk, so it is reported.
 */
function rangeProblem(range: string, total: number, name: string): string | undefined {
  if (/^(all|\*|none)$/.test(range.trim())) return undefined
  if (!/^\s*\d+(\s*-\s*\d*)?(\s*[,;]\s*\d+(\s*-\s*\d*)?)*\s*$/.test(range)) {
    return `#${range} is not a slide range: use numbers and ranges such as #3, #2-5 or #1,4-6.`
  }
  const beyond = Math.max(...(range.match(/\d+/g) ?? []).map(Number))
  if (beyond > total || /(^|[,;])\s*0\b/.test(range)) {
    return `#${range} asks for slide ${beyond > total ? beyond : 0}, but ${name} has ${total} slide${total === 1 ? '' : 's'} (numbered from 1): Slidev would silently leave it out.`
  }
  return undefined
}

function shortName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** Move every position of a slide's tree from slide-relative lines to file lines. */
function shiftLines(node: Node, by: number): void {
  if (node.position) {
    node.position.start.line += by
    node.position.end.line += by
    delete node.position.start.offset
    delete node.position.end.offset
  }
  const children = (node as { children?: Node[] }).children
  if (children) for (const child of children) shiftLines(child, by)
}

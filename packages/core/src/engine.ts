import { dirname, resolve } from 'node:path'
import { type Processor, unified } from 'unified'
import { VFile } from 'vfile'
import { CORE_RULES } from './core-rules.ts'
import { configFiles, DEFAULT_LIMITS, readConfigFile, type ResolvedConfig, resolveConfig } from './config.ts'
import { readDeck, type DeckTree, type SlideNode } from './deck.ts'
import { remarkDeckcheckExpectations } from './expectations.ts'
import { extractSnippets } from './extract.ts'
import type { LanguagePlugin, SnippetCache } from './language.ts'
import { type DeckcheckMessage, report } from './report.ts'
import { LimitError, readSource, type ReadOptions, type SourceText, toSource } from './source.ts'
import type { RuleMeta, Snippet } from './types.ts'

export interface CheckOptions {
  /** Workspace root: configuration is looked up to here, and imports may not leave it. */
  root: string
  languages: readonly LanguagePlugin[]
  /** Use this configuration instead of the `deckcheck.json` files around the deck. */
  config?: ResolvedConfig
  /** Keep rule reports by snippet content across runs, so unchanged snippets are not checked again. */
  cache?: SnippetCache
}

export interface DeckResult {
  /** The deck's path. */
  file: string
  /** Every file read: the deck, its `src:` imports and `<<<` snippet files. */
  files: string[]
  snippets: Snippet[]
  messages: DeckcheckMessage[]
}

export function allRules(languages: readonly LanguagePlugin[]): RuleMeta[] {
  return [...Object.values(CORE_RULES), ...languages.flatMap((plugin) => plugin.definition.rules)]
}

/** The configuration that applies to a deck: the `deckcheck.json` files from the root down to its folder. */
export function loadConfig(deckPath: string, options: CheckOptions): ResolvedConfig {
  const files = configFiles(dirname(resolve(deckPath)), options.root).map((path) => ({ path, config: readConfigFile(path) }))
  return resolveConfig(allRules(options.languages), files)
}

export interface SnippetsOptions {
  read: ReadOptions
  deckRoot?: string
}

/**
 * The remark plugin that finds snippets. On a deck tree (from `readDeck`) it reads every slide;
 * on a plain Markdown tree it reads the whole file as one slide, so it also works in an ordinary
 * remark pipeline.
 */
export function remarkDeckcheckSnippets(options: SnippetsOptions) {
  return (tree: DeckTree | import('mdast').Root, file: VFile) => {
    // Outside checkDeck (a plain remark pipeline): recommended settings; the languages add their rules.
    file.data.deckcheck ??= { snippets: [], setting: resolveConfig(Object.values(CORE_RULES), []).setting, rules: Object.values(CORE_RULES), limits: DEFAULT_LIMITS }
    const data = file.data.deckcheck
    const slides = tree.children.every((child) => child.type === 'slide')
      ? (tree.children as SlideNode[])
      : [{ type: 'slide', children: tree.children, data: { source: toSource(file.path, String(file.value)), number: 1, shown: true, yamlFrontmatterBlock: false } } as SlideNode]
    data.snippets = extractSnippets(slides, file, options.read, options.deckRoot ?? file.dirname ?? '.')
  }
}

/** Check one deck: read it (and its imports) once, find its snippets, run every language's rules. */
export async function checkDeck(path: string, options: CheckOptions, text?: string): Promise<DeckResult> {
  const config = options.config ?? loadConfig(path, options)
  const read: ReadOptions = { root: options.root, maxBytes: config.limits.maxFileBytes }
  const data = { snippets: [], setting: config.setting, rules: allRules(options.languages), cache: options.cache, limits: config.limits }
  let entry: SourceText
  try {
    // The deck itself was named by the user; only what it imports must stay inside the root.
    entry = text === undefined ? readSource(path, { ...read, root: dirname(resolve(path)) }) : toSource(resolve(path), text)
  } catch (error) {
    if (!(error instanceof LimitError)) throw error
    // Too large to read: one finding on the file, instead of a crash or a silent pass.
    const file = new VFile({ path: error.path })
    file.data.deckcheck = data
    report(file, CORE_RULES.limit, error.path, { start: { line: 1, column: 1 } }, `This deck is not checked: ${error.message}.`)
    return { file: error.path, files: [error.path], snippets: [], messages: file.messages as unknown as DeckcheckMessage[] }
  }
  const deck = readDeck(entry, read)
  const file = new VFile({ path: entry.path, value: entry.text })
  file.data.deckcheck = data
  for (const problem of deck.problems) {
    report(file, problem.rule, problem.file, { start: { line: problem.line, column: problem.column } }, problem.message)
  }
  await processorFor(options.languages, read, dirname(entry.path)).run(deck.tree as never, file)
  const snippets = file.data.deckcheck.snippets
  const files = new Set([...deck.files, ...snippets.map((s) => s.file)])
  return { file: entry.path, files: [...files], snippets, messages: sortMessages(file.messages as unknown as DeckcheckMessage[]) }
}

function processorFor(languages: readonly LanguagePlugin[], read: ReadOptions, deckRoot: string): Processor<any, any, any> {
  let processor: Processor<any, any, any> = unified().use(remarkDeckcheckSnippets, { read, deckRoot })
  for (const language of languages) processor = processor.use(language)
  return processor.use(remarkDeckcheckExpectations)
}

function sortMessages(messages: DeckcheckMessage[]): DeckcheckMessage[] {
  return [...messages].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      (a.ruleId ?? '').localeCompare(b.ruleId ?? ''),
  )
}

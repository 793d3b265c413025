/** What a rule checks for; `directive` covers deckcheck's own comments and limits. */
export type Category = 'syntax' | 'schema' | 'best-practice' | 'security' | 'style' | 'directive'

/** Severity as configured. In reports: `warn` is 1, `error` is 2 (ESLint's numbers). */
export type Severity = 'off' | 'warn' | 'error'

/** A 1-based line and column, columns counted in UTF-16 code units (as ESLint and editors do). */
export interface Point {
  line: number
  column: number
}

export interface Range {
  start: Point
  end?: Point
}

/**
 * Where a finding sits inside a snippet: a 0-based offset into `snippet.value`, or a 1-based
 * line/column pair relative to the snippet's first line. Ends are exclusive.
 */
export type SnippetPlace =
  | { offset: number; endOffset?: number }
  | { line: number; column: number; endLine?: number; endColumn?: number }

/** How a snippet got onto the slide. */
export type SnippetOrigin = 'fence' | 'magic-move' | 'import' | 'frontmatter'

export interface SnippetDirectives {
  /** `deckcheck-skip`: the block is not checked at all. */
  skip: boolean
  /** `deckcheck-expect`: rule ids or aliases that must be reported (a deliberate bad example). */
  expect: string[]
  /** `deckcheck-disable`: rule ids or aliases that are off for this block. */
  disable: string[]
  /** Where the expect directive is written, for the unmet-expectation finding. */
  expectAt?: Range
}

/** One code snippet found in a deck, with everything a rule may want to know about it. */
export interface Snippet {
  /** Stable index within its deck check, in document order. */
  index: number
  /** Normalized language (`yaml`, `toml`, `dockerfile`, `mermaid`, `python`, `markdown`, …), or `''`. */
  lang: string
  /** The language as written after the fence (`yml`, `Dockerfile`, …). */
  rawLang: string
  /** The fence info after the language (`{2|3}`, `[pyproject.toml]`, `twoslash`, …). */
  meta: string
  /** The snippet text with `\n` line endings, fence indentation removed. */
  value: string
  /** Absolute path of the file the user edits for this snippet (the deck or an imported file). */
  file: string
  /** 1-based file line and column of the first character of each snippet line. */
  lines: Point[]
  /** Where the fence (or `<<<` line, or frontmatter) starts and ends in the deck file. */
  range: Range
  /** The Markdown file that shows the snippet (differs from `file` for `<<<` imports). */
  deckFile: string
  /** 1-based slide number in the entry deck; 0 when outside any slide. */
  slide: number
  origin: SnippetOrigin
  /** File name stated by a first-line comment, `[name]` meta or `deckcheck-file` directive. */
  filename?: string
  /** Finer kind: `pyproject`, `requirements`, `kubernetes`, `github-workflow`, `compose`, … */
  kind?: string
  /** Role words from the first-line comment or directive: `library`, `application`, `whole`, … */
  roles: string[]
  directives: SnippetDirectives
}

/** The finding of a rule, in snippet coordinates, before it is placed in the file. */
export interface Report {
  message: string
  place?: SnippetPlace
}

export interface Finding {
  ruleId: string
  /** Package that produced the finding (`deckcheck-yaml`, …). */
  source: string
  category: Category
  severity: Exclude<Severity, 'off'>
  message: string
  file: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
  /** The snippet the finding belongs to, if any. */
  snippet?: number
  /** True when a `deckcheck-expect` directive declared this finding: it counts as passed. */
  declared?: boolean
}

export interface RuleExample {
  /** The snippet text. A first-line comment may name the file (`# pyproject.toml`). */
  code: string
  /** Fence language for the example; defaults to the rule's language. */
  lang?: string
  /** Fence meta for the example. */
  meta?: string
}

export interface RuleDocs {
  /** One sentence: what is flagged. Shown by `deckcheck rules`. */
  description: string
  /** Why it matters, in the talk's own reasoning. */
  why: string
  /** Examples that must trigger the rule. */
  bad: RuleExample[]
  /** Examples that must not trigger it. */
  good: RuleExample[]
  /** Further reading. */
  references?: string[]
}

export interface RuleContext<Parsed> {
  snippet: Snippet
  parsed: Parsed
  /** Options from the configuration for this rule (`["warn", {…}]`). */
  options: Record<string, unknown>
  report(report: Report): void
}

/** Everything about a rule but its check: what `deckcheck rules` lists and the docs show. */
export interface RuleMeta {
  /** Stable id: `language/name`. Never reused with another meaning. */
  id: string
  /** Established codes this rule matches (`DL3007`, `FromAsCasing`, `latest-tag`). */
  aliases: string[]
  language: string
  /** Only run for these kinds (e.g. `['pyproject']`); all kinds of the language when absent. */
  kinds?: string[]
  category: Category
  severity: Exclude<Severity, 'off'>
  /** In the `recommended` preset (default true); `strict` turns every rule on. */
  recommended?: boolean
  docs: RuleDocs
}

export interface Rule<Parsed = unknown> extends RuleMeta {
  check(context: RuleContext<Parsed>): void | Promise<void>
}

/** A language family: how to parse its snippets once, and the rules that read the result. */
export interface LanguageDefinition<Parsed = unknown> {
  language: string
  /** Package name, used as the `source` of findings. */
  source: string
  rules: Rule<Parsed>[]
  /** Parse once per snippet; heavy parsers are imported here, lazily. */
  parse(snippet: Snippet): Parsed | Promise<Parsed>
}

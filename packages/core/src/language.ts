import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import type { Limits } from './config.ts'
import { CORE_RULES } from './core-rules.ts'
import { type DeckcheckData, placeInFile, report } from './report.ts'
import { ruleMatches } from './rules.ts'
import type { LanguageDefinition, Rule, RuleMeta, Snippet, SnippetPlace } from './types.ts'

/** A remark plugin that checks the snippets of one language, with its definition attached. */
export type LanguagePlugin = Plugin<[], never> & { definition: LanguageDefinition<any> }

/** What rules reported on one snippet, in snippet coordinates, before placing it in the file. */
export interface SnippetReport {
  rule: RuleMeta
  message: string
  place?: SnippetPlace
}

/**
 * Reports of earlier runs, keyed by everything a check can depend on (language, text, file name,
 * kind, roles, meta, the rules on and their options): the live check re-checks only what changed.
 */
export type SnippetCache = Map<string, SnippetReport[]>

/**
 * Turn a language definition into a remark plugin. The plugin reads the snippets that the
 * extraction found (`file.data.deckcheck`), parses each snippet of its language once, runs the
 * rules that are on for it, and emits vfile messages. It never prints and never throws for a snippet.
 */
export function defineLanguage<Parsed>(definition: LanguageDefinition<Parsed>): LanguagePlugin {
  function plugin() {
    return async (_tree: unknown, file: VFile) => {
      const data = file.data.deckcheck
      if (!data) return
      for (const rule of definition.rules) if (!data.rules.includes(rule)) data.rules.push(rule)
      for (const snippet of data.snippets) {
        if (snippet.lang !== definition.language || snippet.directives.skip) continue
        const active = definition.rules.filter((rule) => isActive(rule, snippet, data.setting(rule).severity))
        if (active.length === 0) continue
        const over = overLimit(snippet, data.limits)
        if (over) {
          report(file, CORE_RULES.limit, snippet.file, placeInFile(snippet, undefined), over, snippet.index)
          continue
        }
        const key = data.cache && cacheKey(snippet, active, data.setting)
        let reports = key === undefined ? undefined : data.cache!.get(key)
        if (!reports) {
          reports = await checkSnippet(definition, active, snippet, data.setting)
          if (key !== undefined) data.cache!.set(key, reports)
        }
        for (const r of reports) report(file, r.rule, snippet.file, placeInFile(snippet, r.place), r.message, snippet.index, definition.source)
      }
    }
  }
  return Object.assign(plugin, { definition }) as unknown as LanguagePlugin
}

function isActive(rule: Rule<any>, snippet: Snippet, severity: string): boolean {
  if (severity === 'off') return false
  if (rule.kinds && !(snippet.kind && rule.kinds.includes(snippet.kind))) return false
  return !snippet.directives.disable.some((name) => ruleMatches(rule, name))
}

/** Why a snippet is too big or too deeply nested to check safely, if it is. */
function overLimit(snippet: Snippet, limits: Limits): string | undefined {
  if (snippet.value.length > limits.maxSnippetBytes) {
    return `This snippet is ${snippet.value.length} characters, over the limit of ${limits.maxSnippetBytes} (limits.maxSnippetBytes in deckcheck.json): it is not checked. Shorten it, or raise the limit if it is real.`
  }
  let depth = 0
  let deepest = 0
  for (let i = 0; i < snippet.value.length; i++) {
    const c = snippet.value.charCodeAt(i)
    if (c === 91 || c === 123 || c === 40) deepest = Math.max(deepest, ++depth)
    else if ((c === 93 || c === 125 || c === 41) && depth > 0) depth--
  }
  if (deepest > limits.maxNesting) {
    return `This snippet nests brackets ${deepest} deep, over the limit of ${limits.maxNesting} (limits.maxNesting in deckcheck.json): it is not checked, so that no parser runs out of stack.`
  }
  return undefined
}

function cacheKey(snippet: Snippet, rules: RuleMeta[], setting: DeckcheckData['setting']): string {
  const on = rules.map((rule) => [rule.id, setting(rule).options])
  return JSON.stringify([snippet.lang, snippet.file, snippet.filename, snippet.kind, snippet.roles, snippet.meta, snippet.origin, on, snippet.value])
}

async function checkSnippet<Parsed>(definition: LanguageDefinition<Parsed>, rules: Rule<Parsed>[], snippet: Snippet, setting: DeckcheckData['setting']): Promise<SnippetReport[]> {
  let parsed: Parsed
  try {
    parsed = await definition.parse(snippet)
  } catch (error) {
    return [failure(`${definition.source} could not parse this snippet`, error)]
  }
  const reports: SnippetReport[] = []
  for (const rule of rules) {
    try {
      await rule.check({ snippet, parsed, options: setting(rule).options, report: (r) => reports.push({ rule, ...r }) })
    } catch (error) {
      reports.push(failure(`rule ${rule.id} failed`, error))
    }
  }
  return reports
}

function failure(what: string, error: unknown): SnippetReport {
  const reason = error instanceof Error ? error.message : String(error)
  return { rule: CORE_RULES.ruleError, message: `${what}: ${reason}. This is a deckcheck bug; the snippet is not fully checked.` }
}

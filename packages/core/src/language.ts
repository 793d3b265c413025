import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { CORE_RULES } from './core-rules.ts'
import { placeInFile, report } from './report.ts'
import { ruleMatches } from './rules.ts'
import type { LanguageDefinition, Rule, RuleMeta, Snippet } from './types.ts'

/** A remark plugin that checks the snippets of one language, with its definition attached. */
export type LanguagePlugin = Plugin<[], never> & { definition: LanguageDefinition<any> }

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
      for (const snippet of data.snippets) {
        if (snippet.lang !== definition.language || snippet.directives.skip) continue
        const active = definition.rules.filter((rule) => isActive(rule, snippet, data.setting(rule).severity))
        if (active.length > 0) await checkSnippet(definition, active, snippet, file)
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

async function checkSnippet<Parsed>(definition: LanguageDefinition<Parsed>, rules: Rule<Parsed>[], snippet: Snippet, file: VFile): Promise<void> {
  let parsed: Parsed
  try {
    parsed = await definition.parse(snippet)
  } catch (error) {
    failed(file, snippet, `${definition.source} could not parse this snippet`, error)
    return
  }
  const setting = file.data.deckcheck!.setting
  for (const rule of rules) {
    const emit = (meta: RuleMeta) => (r: { message: string; place?: Parameters<typeof placeInFile>[1] }) =>
      report(file, meta, snippet.file, placeInFile(snippet, r.place), r.message, snippet.index)
    try {
      await rule.check({ snippet, parsed, options: setting(rule).options, report: emit(rule) })
    } catch (error) {
      failed(file, snippet, `rule ${rule.id} failed`, error)
    }
  }
}

function failed(file: VFile, snippet: Snippet, what: string, error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error)
  report(file, CORE_RULES.ruleError, snippet.file, placeInFile(snippet, undefined), `${what}: ${reason}. This is a deckcheck bug; the snippet is not fully checked.`, snippet.index)
}

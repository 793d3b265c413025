/**
 * Test helpers for rule packages: check Markdown held in memory, and run every rule's documented
 * examples (bad ones must trigger the rule, good ones must not), as remark-lint does with its docs.
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS, type ResolvedConfig, resolveConfig } from './config.ts'
import { allRules, checkDeck, type DeckResult } from './engine.ts'
import type { LanguagePlugin } from './language.ts'
import type { RuleExample, RuleMeta } from './types.ts'

/** A virtual deck path; a real folder so that imports resolve against it when a test wants them. */
export const VIRTUAL_DECK = `${process.cwd()}/virtual-deck/slides.md`

export async function checkMarkdown(
  markdown: string,
  languages: readonly LanguagePlugin[],
  options: { config?: ResolvedConfig; path?: string; root?: string } = {},
): Promise<DeckResult> {
  const path = options.path ?? VIRTUAL_DECK
  const config = options.config ?? resolveConfig(allRules(languages), [])
  return checkDeck(path, { root: options.root ?? '/', languages, config }, markdown)
}

/** The Markdown a rule example stands for: a fence in the rule's language, or the deck itself. */
export function exampleMarkdown(rule: RuleMeta, example: RuleExample): string {
  const lang = example.lang ?? rule.language
  if (lang === 'markdown') return example.code
  const fence = '`'.repeat(Math.max(3, ...(example.code.match(/`{3,}/g) ?? []).map((m) => m.length + 1)))
  // Text first: Slidev takes a ```yaml block that opens a slide as the slide's frontmatter.
  return `Example:\n\n${fence}${lang}${example.meta ? ` ${example.meta}` : ''}\n${example.code.replace(/\n$/, '')}\n${fence}\n`
}

/** Recommended severities, with `rule` on at its own default severity. */
export function configWith(rule: RuleMeta, languages: readonly LanguagePlugin[]): ResolvedConfig {
  const base = resolveConfig(allRules(languages), [])
  return {
    files: [],
    limits: DEFAULT_LIMITS,
    setting: (r) => (r.id === rule.id ? { severity: rule.severity, options: {} } : base.setting(r)),
  }
}

/** One `describe` per rule: docs present, bad examples trigger it, good examples are clean. */
export function testRuleDocs(rules: readonly RuleMeta[], languages: readonly LanguagePlugin[]): void {
  for (const rule of rules) {
    describe(rule.id, () => {
      const config = configWith(rule, languages)
      it('is documented', () => {
        expect(rule.id).toMatch(/^[a-z]+\/[a-z0-9-]+$/)
        expect(rule.docs.description.length).toBeGreaterThan(10)
        expect(rule.docs.why.length).toBeGreaterThan(10)
        expect(rule.docs.good.length).toBeGreaterThan(0)
      })
      rule.docs.bad.forEach((example, index) => {
        it(`bad example ${index + 1} triggers it`, async () => {
          const result = await checkMarkdown(exampleMarkdown(rule, example), languages, { config })
          expect(result.messages.map((m) => m.ruleId)).toContain(rule.id)
        })
      })
      rule.docs.good.forEach((example, index) => {
        it(`good example ${index + 1} passes`, async () => {
          const result = await checkMarkdown(exampleMarkdown(rule, example), languages, { config })
          const errors = result.messages.filter((m) => m.ruleId === rule.id || (m.fatal && !m.declared))
          expect(errors.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`)).toEqual([])
        })
      })
    })
  }
}

import type { RuleMeta } from './types.ts'

/** A directive or config names a rule by its id or by an established alias, case-insensitively. */
export function ruleMatches(rule: RuleMeta, name: string): boolean {
  const wanted = name.toLowerCase()
  return rule.id.toLowerCase() === wanted || rule.aliases.some((alias) => alias.toLowerCase() === wanted)
}

export function findRule<R extends RuleMeta>(rules: readonly R[], name: string): R | undefined {
  return rules.find((rule) => ruleMatches(rule, name))
}

import type { RuleExample, RuleMeta } from '@deckcheck/core'

/** `deckcheck rules`: one line per rule. */
export function ruleTable(rules: readonly RuleMeta[]): string {
  const width = Math.max(...rules.map((r) => r.id.length))
  return `${rules
    .map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(5)}  ${r.category.padEnd(13)}  ${r.docs.description}${r.aliases.length ? ` (${r.aliases.join(', ')})` : ''}`)
    .join('\n')}\n`
}

function example(rule: RuleMeta, e: RuleExample): string {
  const lang = e.lang ?? rule.language
  return `\`\`\`\`${lang === 'markdown' ? 'md' : lang}${e.meta ? ` ${e.meta}` : ''}\n${e.code.replace(/\n$/, '')}\n\`\`\`\``
}

/** `deckcheck rules ID`: the rule's docs, as Markdown. */
export function ruleDocs(rule: RuleMeta): string {
  const parts = [
    `# ${rule.id}`,
    rule.docs.description,
    `Category: ${rule.category}. Default severity: ${rule.severity}${rule.recommended === false ? ' (only in the strict preset)' : ''}.${rule.aliases.length ? ` Aliases: ${rule.aliases.join(', ')}.` : ''}`,
    `## Why\n\n${rule.docs.why}`,
  ]
  if (rule.docs.bad.length) parts.push(`## Bad\n\n${rule.docs.bad.map((e) => example(rule, e)).join('\n\n')}`)
  if (rule.docs.good.length) parts.push(`## Good\n\n${rule.docs.good.map((e) => example(rule, e)).join('\n\n')}`)
  if (rule.docs.references?.length) parts.push(`## References\n\n${rule.docs.references.map((r) => `- ${r}`).join('\n')}`)
  return `${parts.join('\n\n')}\n`
}

import { checkMarkdown } from '@deckcheck/core/testing'
import { remarkDeckcheckYaml } from '../src/index.ts'

/** The findings of a YAML fence on a slide (after a title: a fence that opens a slide is frontmatter). */
export async function findings(yaml: string, ruleId?: string): Promise<string[]> {
  return findingsIn(`# Slide\n\n\`\`\`yaml\n${yaml.replace(/\n$/, '')}\n\`\`\`\n`, ruleId)
}

/** Findings of a whole deck, as `line:column ruleId`; line 1 of a fence's content is deck line 4 above. */
export async function findingsIn(markdown: string, ruleId?: string): Promise<string[]> {
  return (await messagesIn(markdown, ruleId)).map((m) => `${m.line}:${m.column} ${m.ruleId}`)
}

export async function messages(yaml: string, ruleId?: string) {
  return messagesIn(`# Slide\n\n\`\`\`yaml\n${yaml.replace(/\n$/, '')}\n\`\`\`\n`, ruleId)
}

async function messagesIn(markdown: string, ruleId?: string) {
  const result = await checkMarkdown(markdown, [remarkDeckcheckYaml])
  return result.messages.filter((m) => !ruleId || m.ruleId === ruleId)
}

/** Deck line of snippet line `n` in `findings` (three lines of title, blank line and fence before it). */
export const line = (n: number) => n + 3

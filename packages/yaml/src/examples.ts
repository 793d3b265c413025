import type { RuleExample } from '@deckcheck/core'

/**
 * A docs example as a slide shows it: text, then the YAML fence. A slide that *starts* with a
 * ```yaml fence makes Slidev read that block as the slide's frontmatter, not as a snippet.
 */
export function onSlide(code: string): RuleExample {
  return { lang: 'markdown', code: `The file:\n\n\`\`\`yaml\n${code.replace(/\n$/, '')}\n\`\`\`\n` }
}

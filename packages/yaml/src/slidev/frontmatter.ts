import type { Snippet } from '@deckcheck/core'

/** The headmatter is the entry deck's first frontmatter: it configures the deck and its first slide. */
export function isHeadmatter(snippet: Snippet): boolean {
  return snippet.origin === 'frontmatter' && snippet.index === 0 && snippet.file === snippet.deckFile
}

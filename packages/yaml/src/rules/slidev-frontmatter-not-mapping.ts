import type { Rule } from '@deckcheck/core'
import type { ParsedYaml } from '../parse.ts'

export const slidevFrontmatterNotMapping: Rule<ParsedYaml> = {
  id: 'yaml/slidev-frontmatter-not-mapping',
  aliases: [],
  language: 'yaml',
  kinds: ['slidev-frontmatter'],
  category: 'syntax',
  severity: 'error',
  docs: {
    description: 'Slide frontmatter that is not a `key: value` mapping: usually slide text written right after a `---` separator.',
    why: 'Slidev reads a `---` followed directly by a non-empty line as the start of frontmatter, up to the next `---`: the text meant for the slide disappears, and the slide after it is merged away. A blank line after `---` makes it slide content.',
    bad: [{ lang: 'markdown', code: '# First\n\n---\nThis sentence was meant for the second slide.\n---\n\n# Third\n' }],
    good: [{ lang: 'markdown', code: '# First\n\n---\n\nThis sentence is on the second slide.\n\n---\n\n# Third\n' }],
    references: ['https://sli.dev/guide/syntax#frontmatter-layouts'],
  },
  check({ parsed, report }) {
    for (const document of parsed.data) {
      const value = document.value
      if (value === undefined || value === null || (typeof value === 'object' && !Array.isArray(value))) continue
      report({
        message: `This frontmatter is ${Array.isArray(value) ? 'a list' : 'plain text'}, not \`key: value\` options: if it is slide content, put a blank line after the \`---\` above it.`,
        place: document.place([], 'value'),
      })
    }
  },
}

import type { Rule } from '@deckcheck/core'
import { isObject } from '../data.ts'
import type { ParsedYaml } from '../parse.ts'
import { BUILTIN_LAYOUTS } from '../slidev/options.ts'
import { closest } from '../suggest.ts'

export const slidevUnknownLayout: Rule<ParsedYaml> = {
  id: 'yaml/slidev-unknown-layout',
  aliases: [],
  language: 'yaml',
  kinds: ['slidev-frontmatter'],
  category: 'schema',
  severity: 'warn',
  docs: {
    description: 'A `layout:` that is a near miss of a built-in Slidev layout (`two-col`, `image-rigth`).',
    why: 'Slidev warns in the terminal and falls back to the default layout: the two columns or the side image of the slide are gone. Layouts that are not close to a built-in one are left alone, since themes and the deck\'s `layouts/` folder add their own.',
    bad: [{ lang: 'markdown', code: '# First\n\n---\nlayout: two-col\n---\n\n# Second\n\n::right::\n\nMore\n' }],
    good: [{ lang: 'markdown', code: '# First\n\n---\nlayout: two-cols\n---\n\n# Second\n\n::right::\n\nMore\n' }],
    references: ['https://sli.dev/builtin/layouts'],
  },
  check({ parsed, report }) {
    for (const document of parsed.data) {
      const layout = isObject(document.value) ? document.value.layout : undefined
      if (typeof layout !== 'string' || BUILTIN_LAYOUTS.includes(layout)) continue
      const suggestion = closest(layout, BUILTIN_LAYOUTS)
      if (suggestion) report({ message: `\`${layout}\` is not a built-in layout, so Slidev falls back to \`default\`: did you mean \`${suggestion}\`?`, place: document.place(['layout'], 'value') })
    }
  },
}

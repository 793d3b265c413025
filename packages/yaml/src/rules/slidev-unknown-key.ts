import type { Rule } from '@deckcheck/core'
import { isObject } from '../data.ts'
import type { ParsedYaml } from '../parse.ts'
import { isHeadmatter } from '../slidev/frontmatter.ts'
import { DECK_OPTIONS, SLIDE_OPTIONS } from '../slidev/options.ts'
import { closest } from '../suggest.ts'

export const slidevUnknownKey: Rule<ParsedYaml> = {
  id: 'yaml/slidev-unknown-key',
  aliases: [],
  language: 'yaml',
  kinds: ['slidev-frontmatter'],
  category: 'schema',
  severity: 'warn',
  docs: {
    description: 'A misspelled Slidev frontmatter key, or a deck-wide option (`theme`, `fonts`, …) set on a slide other than the first, where Slidev ignores it.',
    why: 'Slidev ignores what it does not know without a word: `transiton: slide-left` simply gives no transition, and `theme:` on slide 5 changes nothing. Keys that are close to no known option are left alone, since layouts and themes accept props of their own.',
    bad: [
      { lang: 'markdown', code: '---\ntheme: default\ntransiton: slide-left\n---\n\n# Hello\n' },
      { lang: 'markdown', code: '---\ntheme: default\n---\n\n# Hello\n\n---\nlayout: center\ncolorSchema: dark\n---\n\n# Second\n' },
      { lang: 'markdown', code: '---\nfonts:\n  sanz: Inter\n---\n\n# Hello\n' },
    ],
    good: [{ lang: 'markdown', code: '---\ntheme: default\ntransition: slide-left\nfonts:\n  provider: none\n---\n\n# Hello\n\n---\nlayout: image-right\nimage: /diagram.png\n---\n\n# Second\n' }],
    references: ['https://sli.dev/custom/#headmatter', 'https://sli.dev/guide/syntax#frontmatter-layouts'],
  },
  check({ snippet, parsed, report }) {
    const headmatter = isHeadmatter(snippet)
    for (const document of parsed.data) {
      if (!isObject(document.value)) continue
      for (const [key, value] of Object.entries(document.value)) {
        if (SLIDE_OPTIONS[key] || (headmatter && DECK_OPTIONS[key])) {
          const fields = DECK_OPTIONS[key]?.fields
          if (fields && isObject(value)) {
            for (const field of Object.keys(value)) {
              if (fields[field]) continue
              const suggestion = closest(field, Object.keys(fields))
              report({
                message: `\`${key}.${field}\` is not a Slidev option${suggestion ? `: did you mean \`${suggestion}\`?` : `; it takes ${Object.keys(fields).map((f) => `\`${f}\``).join(', ')}.`}`,
                place: document.place([key, field]),
              })
            }
          }
          continue
        }
        if (DECK_OPTIONS[key]) {
          report({ message: `\`${key}\` configures the whole deck and is only read from the headmatter (the first slide's frontmatter): move it there.`, place: document.place([key]) })
          continue
        }
        const suggestion = closest(key, Object.keys(headmatter ? { ...SLIDE_OPTIONS, ...DECK_OPTIONS } : SLIDE_OPTIONS))
        if (suggestion) report({ message: `\`${key}\` is not a Slidev option, so Slidev ignores it: did you mean \`${suggestion}\`?`, place: document.place([key]) })
      }
    }
  },
}

import type { Rule } from '@deckcheck/core'
import { isObject } from '../data.ts'
import type { ParsedYaml, YamlDocument, YamlPath } from '../parse.ts'
import { isHeadmatter } from '../slidev/frontmatter.ts'
import { DECK_OPTIONS, type OptionType, SLIDE_OPTIONS, typeOf } from '../slidev/options.ts'

export const slidevOptionType: Rule<ParsedYaml> = {
  id: 'yaml/slidev-option-type',
  aliases: [],
  language: 'yaml',
  kinds: ['slidev-frontmatter'],
  category: 'schema',
  severity: 'error',
  docs: {
    description: 'A Slidev frontmatter option with a value of the wrong type or outside its allowed values (`hide: "yes"`, `addons: deckcheck`, `colorSchema: black`).',
    why: 'Slidev passes the value on unchecked: a string where a list is expected is read letter by letter, `hide: "false"` is a non-empty string and hides the slide, and an unknown enumeration value silently falls back to the default.',
    bad: [
      { lang: 'markdown', code: '---\ntheme: default\naddons: deckcheck\n---\n\n# Hello\n' },
      { lang: 'markdown', code: '---\ntheme: default\n---\n\n# Hello\n\n---\nhide: "false"\nclicks: three\n---\n\n# Second\n' },
      { lang: 'markdown', code: '---\nfonts:\n  provider: local\n---\n\n# Hello\n' },
    ],
    good: [{ lang: 'markdown', code: '---\ntheme: default\naddons:\n  - deckcheck\nfonts:\n  provider: none\n---\n\n# Hello\n\n---\nhide: false\nclicks: 3\n---\n\n# Second\n' }],
    references: ['https://sli.dev/custom/#headmatter', 'https://github.com/slidevjs/slidev/blob/main/packages/types/src/frontmatter.ts'],
  },
  check({ snippet, parsed, report }) {
    const options = isHeadmatter(snippet) ? { ...DECK_OPTIONS, ...SLIDE_OPTIONS } : SLIDE_OPTIONS
    const checkValue = (document: YamlDocument, path: YamlPath, type: OptionType, value: unknown) => {
      const actual = typeOf(value)
      const name = path.join('.')
      if (!type.types.includes(actual)) {
        const expected = type.types.map((t) => (t === 'array' ? 'a list' : t === 'object' ? 'a mapping' : t)).join(' or ')
        report({ message: `\`${name}\` must be ${expected}, not ${actual === 'array' ? 'a list' : actual === 'object' ? 'a mapping' : `the ${actual} \`${JSON.stringify(value)}\``}.`, place: document.place(path, 'value') })
        return
      }
      if (actual === 'string' && type.values && !type.values.includes(value as string)) {
        report({ message: `\`${name}: ${String(value)}\` is not one of ${type.values.map((v) => `\`${v}\``).join(', ')}${type.types.includes('boolean') ? ' (or true/false)' : ''}.`, place: document.place(path, 'value') })
        return
      }
      if (type.fields && isObject(value)) {
        for (const [field, fieldValue] of Object.entries(value)) {
          const fieldType = type.fields[field]
          if (fieldType) checkValue(document, [...path, field], fieldType, fieldValue)
        }
      }
    }
    for (const document of parsed.data) {
      if (!isObject(document.value)) continue
      for (const [key, value] of Object.entries(document.value)) {
        const type = options[key]
        if (type) checkValue(document, [key], type, value)
      }
    }
  },
}

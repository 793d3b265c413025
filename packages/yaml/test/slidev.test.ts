import { describe, expect, it } from 'vitest'
import { findingsIn } from './helpers.ts'
import { checkMarkdown } from '@deckcheck/core/testing'
import { remarkDeckcheckYaml } from '../src/index.ts'

const HEAD = '---\ntheme: default\naddons:\n  - deckcheck\nfonts:\n  provider: none\n---\n\n# Hello\n'

describe('Slidev frontmatter', () => {
  it('accepts the decks\' headmatter and slide frontmatter', async () => {
    expect(await findingsIn(`${HEAD}\n---\nlayout: two-cols\nlayoutClass: gap-x-10\nzoom: 0.8\n---\n\n# Two\n`)).toEqual([])
  })

  it.each([
    ['a misspelled headmatter key', '---\ntheme: default\ntitel: Talk\n---\n\n# Hello\n', 'yaml/slidev-unknown-key', '3:1'],
    ['a deck option on a later slide', `${HEAD}\n---\ntheme: seriph\n---\n\n# Two\n`, 'yaml/slidev-unknown-key', '12:1'],
    ['a misspelled per-slide key', `${HEAD}\n---\nlayuot: center\n---\n\n# Two\n`, 'yaml/slidev-unknown-key', '12:1'],
    ['a string where a list is expected', '---\naddons: deckcheck\n---\n\n# Hello\n', 'yaml/slidev-option-type', '2:9'],
    ['a quoted boolean', `${HEAD}\n---\nhide: "false"\n---\n\n# Two\n`, 'yaml/slidev-option-type', '12:7'],
    ['an enumeration value', '---\ncolorSchema: black\n---\n\n# Hello\n', 'yaml/slidev-option-type', '2:14'],
    ['text right after a separator', `${HEAD}\n---\nThis was meant for the slide.\n---\n\n# Three\n`, 'yaml/slidev-frontmatter-not-mapping', '12:1'],
  ])('reports %s', async (_, markdown, ruleId, at) => {
    expect(await findingsIn(markdown, ruleId)).toEqual([`${at} ${ruleId}`])
  })

  it('leaves alone layout and theme props it does not know', async () => {
    expect(await findingsIn(`${HEAD}\n---\nlayout: image-right\nimage: /a.png\nquoteAuthor: Ada\n---\n\n# Two\n`)).toEqual([])
  })

  it('suggests the right key', async () => {
    const result = await checkMarkdown('---\ntransiton: fade\n---\n\n# Hello\n', [remarkDeckcheckYaml])
    expect(result.messages.map((m) => m.reason)).toContain('`transiton` is not a Slidev option, so Slidev ignores it: did you mean `transition`?')
  })
})

import { defineLanguage, type Rule } from '../src/index.ts'

/**
 * A test language that reports every `BAD` in a snippet at its exact place, whatever the fence
 * language: it lets the engine's position mapping be tested without any real parser.
 */
const bad: Rule<null> = {
  id: 'probe/bad',
  aliases: ['PRB001'],
  language: 'probe',
  category: 'best-practice',
  severity: 'error',
  docs: { description: 'Flags the word BAD in a snippet.', why: 'It lets the tests see where findings land.', bad: [{ code: 'BAD' }], good: [{ code: 'good' }] },
  check({ snippet, report }) {
    for (let at = snippet.value.indexOf('BAD'); at !== -1; at = snippet.value.indexOf('BAD', at + 1)) {
      report({ message: 'BAD found.', place: { offset: at, endOffset: at + 3 } })
    }
  },
}

const warnRule: Rule<null> = {
  id: 'probe/meh',
  aliases: [],
  language: 'probe',
  category: 'style',
  severity: 'warn',
  docs: { description: 'Flags the word MEH in a snippet.', why: 'It lets the tests see warnings.', bad: [{ code: 'MEH' }], good: [{ code: 'good' }] },
  check({ snippet, report }) {
    const at = snippet.value.indexOf('MEH')
    if (at !== -1) report({ message: 'MEH found.', place: { offset: at } })
  },
}

/** Checks every snippet whose language is not markdown, by pretending they are all `probe`. */
export const probe = defineLanguage({ language: 'probe', source: 'probe', rules: [bad, warnRule], parse: () => null })

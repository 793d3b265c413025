import type { Rule } from '@deckcheck/core'
import { type Document, type ErrorCode, isScalar, visit } from 'yaml'
import type { ParsedYaml } from '../parse.ts'

/** What to do about each kind of parse error, appended to the parser's own words. */
const ADVICE: Partial<Record<ErrorCode, string>> = {
  DUPLICATE_KEY: 'remove or rename one of the two keys; YAML keeps only one of them',
  TAB_AS_INDENT: 'indent with spaces: YAML does not allow tabs in indentation',
  BAD_INDENT: 'align the line with its siblings',
  MULTILINE_IMPLICIT_KEY: 'quote the value or close the open quote or bracket above',
  MISSING_CHAR: 'add the missing character',
  BAD_DQ_ESCAPE: 'use a valid escape (\\n, \\t, \\", \\\\, \\uXXXX) or single quotes',
  BLOCK_AS_IMPLICIT_KEY: 'a key must fit on one line; check the indentation',
  UNEXPECTED_TOKEN: 'check the indentation and quoting of this line',
  BAD_ALIAS: 'define the anchor (&name) before the alias (*name)',
}

export const syntax: Rule<ParsedYaml> = {
  id: 'yaml/syntax',
  aliases: ['yaml-syntax'],
  language: 'yaml',
  category: 'syntax',
  severity: 'error',
  docs: {
    description: 'YAML that does not parse as YAML 1.2, including duplicate keys and tabs in indentation.',
    why: 'Kubernetes, GitHub Actions and Compose all reject such a file before doing anything; a listener who copies it from the slide gets an error instead of a deployment.',
    bad: [
      { code: 'services:\n  web:\n    image: nginx:1.27\n  web:\n    image: nginx:1.27-alpine\n' },
      { code: 'steps:\n  - run: "echo unterminated\n' },
    ],
    good: [{ code: 'services:\n  web:\n    image: nginx:1.27\n  cache:\n    image: redis:7.4\n' }],
    references: ['https://yaml.org/spec/1.2.2/'],
  },
  check({ parsed, report }) {
    let keyEnds: Map<number, number> | undefined
    for (const error of parsed.errors) {
      const advice = ADVICE[error.code]
      const reason = error.message.replace(/\s+at line \d+, column \d+.*$/s, '').replace(/\.$/, '')
      const keyEnd = error.code === 'DUPLICATE_KEY' ? (keyEnds ??= scalarKeyEnds(parsed.documents)).get(error.pos[0]) : undefined
      report({ message: `${reason}${advice ? `: ${advice}` : ''}.`, place: { offset: error.pos[0], endOffset: keyEnd ?? Math.max(error.pos[1], error.pos[0]) } })
    }
  },
}

/**
 * Where each scalar key ends, by where it starts: the parser marks one character of a duplicate
 * key, and the whole key reads better. Built once per snippet, however many duplicates it has.
 */
function scalarKeyEnds(documents: Document.Parsed[]): Map<number, number> {
  const ends = new Map<number, number>()
  for (const doc of documents) {
    visit(doc, {
      Pair(_, pair) {
        if (isScalar(pair.key) && pair.key.range) ends.set(pair.key.range[0], pair.key.range[1])
      },
    })
  }
  return ends
}

import type { RuleMeta } from './types.ts'

/** deckcheck's own findings: about its directives and the deck's imports, not about a snippet. */
export const CORE_RULES = {
  invalidDirective: {
    id: 'deckcheck/invalid-directive',
    aliases: [],
    language: 'markdown',
    category: 'directive',
    severity: 'error',
    docs: {
      description: 'A deckcheck comment that is misspelled, names an unknown rule, or is not followed by a code block.',
      why: 'A directive that does nothing silently checks the wrong thing: a bad example believed to be declared, or a block believed to be skipped.',
      bad: [{ lang: 'markdown', code: '<!-- deckcheck-skp -->\n```yaml\nkey: value\n```\n' }],
      good: [{ lang: 'markdown', code: '<!-- deckcheck-skip -->\n```yaml\nkey: value\n```\n' }],
    },
  },
  unmetExpectation: {
    id: 'deckcheck/unmet-expectation',
    aliases: [],
    language: 'markdown',
    category: 'directive',
    severity: 'error',
    docs: {
      description: 'A block declared as a bad example with deckcheck-expect does not trigger the rule it names.',
      why: 'A bad example that no longer shows its problem teaches nothing; the declaration keeps the slide and the rule honest.',
      bad: [{ lang: 'markdown', code: '<!-- deckcheck-expect yaml/syntax -->\n```yaml\nkey: value\n```\n' }],
      good: [{ lang: 'markdown', code: '<!-- deckcheck-expect yaml/syntax -->\n```yaml\nkey: value\nkey: again\n```\n' }],
    },
  },
  import: {
    id: 'deckcheck/import',
    aliases: [],
    language: 'markdown',
    category: 'directive',
    severity: 'error',
    docs: {
      description: 'A `<<<` snippet import or `src:` slide import that cannot be read: missing, outside the workspace, a directory, or a cycle.',
      why: 'Slidev shows an error or an empty slide where the import fails; the talk would break on stage.',
      bad: [{ lang: 'markdown', code: '<<< @/snippets/missing.toml\n' }],
      good: [{ lang: 'markdown', code: 'The snippet is shown inline instead:\n\n```toml\nkey = "value"\n```\n' }],
    },
  },
  limit: {
    id: 'deckcheck/limit',
    aliases: [],
    language: 'markdown',
    category: 'directive',
    severity: 'error',
    docs: {
      description: 'A file or snippet over one of the configured limits (size, nesting depth), which is therefore not checked.',
      why: 'Decks are untrusted input: a huge or pathologically nested snippet must not hang the checker or exhaust its memory. A snippet that is not checked is reported, so nothing passes unseen. Raise the limit in deckcheck.json (`limits`) if the content is real.',
      bad: [{ lang: 'markdown', code: `\`\`\`yaml\nkey: ${'['.repeat(1001)}${']'.repeat(1001)}\n\`\`\`\n` }],
      good: [{ lang: 'markdown', code: '```yaml\nkey: [[1, 2], [3, 4]]\n```\n' }],
    },
  },
  encoding: {
    id: 'deckcheck/encoding',
    aliases: [],
    language: 'markdown',
    category: 'syntax',
    severity: 'error',
    docs: {
      description: 'A deck or imported file that is not UTF-8 text: invalid byte sequences or NUL bytes.',
      why: 'Slidev shows replacement characters (or nothing) where the bytes are not text; an exported PDF keeps the damage. The finding points at the first damaged byte.',
      bad: [{ lang: 'markdown', code: '# Title\n\nText with a NUL\u0000 byte.\n' }],
      good: [{ lang: 'markdown', code: '# Title\n\nPlain UTF-8 text: café, naïve, 日本語.\n' }],
    },
  },
  ruleError: {
    id: 'deckcheck/rule-error',
    aliases: [],
    language: 'markdown',
    category: 'directive',
    severity: 'error',
    docs: {
      description: 'A rule failed on this snippet; the snippet could not be fully checked.',
      why: 'A check that silently gives up would pass a snippet that was never checked. This is a bug in deckcheck: please report it with the snippet.',
      bad: [],
      good: [{ lang: 'markdown', code: '```toml\nkey = "value"\n```\n' }],
    },
  },
} satisfies Record<string, RuleMeta>

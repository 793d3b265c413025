import type { Rule } from '@deckcheck/core'
import type { ParsedToml } from '../parse.ts'

export const syntax: Rule<ParsedToml> = {
  id: 'toml/syntax',
  aliases: [],
  language: 'toml',
  category: 'syntax',
  severity: 'error',
  docs: {
    description:
      'TOML that is not valid TOML 1.0: syntax errors, keys and tables defined twice, inline tables extended after the fact, invalid escapes, numbers and dates, and TOML 1.1 additions.',
    why: "pyproject.toml is read by Python's tomllib, which implements TOML 1.0 and stops at the first error: pip, uv and every build backend fail before doing anything, and a listener who copies the slide gets a traceback instead of an install. TOML 1.1 conveniences (newlines in inline tables, `\\e`, times without seconds) fail the same way.",
    bad: [
      { code: '# pyproject.toml\n[project]\nname = "deckcheck"\nversion = "0.1.0"\nname = "deck-check"\n' },
      { code: '[project]\nname = "deckcheck"\nauthors = [\n  { name = "Ada",\n    email = "ada@example.org" },\n]\n' },
      { code: '[tool.ruff]\nline-length = 100\n\n[tool.ruff]\ntarget-version = "py312"\n' },
      { code: '[project]\nname = "deckcheck"\nurls = { Homepage = "https://example.org" }\nurls.Source = "https://example.org/src"\n' },
      { code: '[tool.deck]\nprompt = "\\e[1m>\\e[0m "\n' },
      { code: '[tool.deck]\nmeeting = 2024-05-27T07:32\n' },
      { code: '[project]\nversion = 01.2\n' },
      { code: '[project]\ndescription = "Checks snippets\n' },
      { code: '[[tool.deck.talks]]\ntitle = "One"\n\n[tool.deck.talks]\ntitle = "Two"\n' },
    ],
    good: [
      {
        code: [
          '# pyproject.toml',
          '[build-system]',
          'requires = ["hatchling>=1.26"]',
          'build-backend = "hatchling.build"',
          '',
          '[project]',
          'name = "deckcheck"',
          'version = "0.1.0"',
          'requires-python = ">=3.12"',
          'authors = [{ name = "Ada Lovelace", email = "ada@example.org" }]',
          'dependencies = ["httpx>=0.27", "rich"]',
          '',
          '[project.optional-dependencies]',
          'test = ["pytest>=8"]',
          '',
          '[project.urls]',
          'Source = "https://example.org/deckcheck"',
          '',
          '[tool.ruff.lint]',
          'select = ["E", "F", "I"]',
          '',
        ].join('\n'),
      },
    ],
    references: ['https://toml.io/en/v1.0.0', 'https://docs.python.org/3/library/tomllib.html'],
  },
  check({ parsed, report }) {
    for (const error of parsed.errors) {
      report({ message: error.message, place: { offset: error.offset, endOffset: error.endOffset } })
    }
  },
}

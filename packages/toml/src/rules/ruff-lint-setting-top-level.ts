import type { Rule } from '@deckcheck/core'
import { entryAt } from '../located.ts'
import type { ParsedToml } from '../parse.ts'
import { RUFF_LINT_SETTINGS } from '../data/ruff.ts'


export const ruffLintSettingTopLevel: Rule<ParsedToml> = {
  id: 'toml/ruff-lint-setting-top-level',
  aliases: [],
  language: 'toml',
  kinds: ['pyproject'],
  category: 'schema',
  severity: 'warn',
  docs: {
    description: 'A Ruff linter setting (`select`, `ignore`, `per-file-ignores`, `isort`, …) written directly under `[tool.ruff]` instead of `[tool.ruff.lint]`.',
    why: 'Ruff moved its linter settings to `[tool.ruff.lint]` in 0.2 and prints a deprecation warning on every run for the old place; the old keys will stop working. `[tool.ruff]` keeps what the linter and formatter share (`line-length`, `target-version`, `src`, `exclude`).',
    bad: [{ code: '# pyproject.toml (fragment)\n[tool.ruff]\nline-length = 100\nselect = ["E", "F", "I"]\nignore = ["E501"]\n' }],
    good: [{ code: '# pyproject.toml (fragment)\n[tool.ruff]\nline-length = 100\n\n[tool.ruff.lint]\nselect = ["E", "F", "I"]\nignore = ["E501"]\n' }],
    references: ['https://docs.astral.sh/ruff/settings/#lint', 'https://astral.sh/blog/ruff-v0.2.0'],
  },
  check({ parsed, report }) {
    for (const [key, value] of entryAt(parsed.tables.tool, 'ruff')?.entries ?? []) {
      if (RUFF_LINT_SETTINGS.has(key)) report({ message: `\`${key}\` is a linter setting: move it to \`[tool.ruff.lint]\` (Ruff deprecated \`tool.ruff.${key}\`).`, place: value.key })
    }
  },
}

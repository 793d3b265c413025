import type { Rule } from '@deckcheck/core'
import { RUFF_LINT_SETTINGS } from '../data/ruff.ts'
import { entryAt, isTable } from '../located.ts'
import type { ParsedToml } from '../parse.ts'

/**
 * The settings of tools whose whole configuration is small and stable, by table. Only tables
 * listed here are checked: a key is reported only when it is certainly unknown.
 */
const KNOWN: Record<string, { keys: string[]; normalize?: boolean; docs: string }> = {
  ruff: {
    keys: ['builtins', 'cache-dir', 'exclude', 'extend', 'extend-exclude', 'extend-include', 'fix', 'force-exclude', 'include', 'indent-width', 'line-length', 'namespace-packages', 'output-format', 'per-file-target-version', 'preview', 'required-version', 'respect-gitignore', 'show-fixes', 'src', 'target-version', 'unsafe-fixes', 'lint', 'format', 'analyze'],
    docs: 'https://docs.astral.sh/ruff/settings/',
  },
  'ruff.format': {
    keys: ['docstring-code-format', 'docstring-code-line-length', 'exclude', 'indent-style', 'line-ending', 'preview', 'quote-style', 'skip-magic-trailing-comma'],
    docs: 'https://docs.astral.sh/ruff/settings/#format',
  },
  black: {
    // Black reads its command-line options; `line_length` and `line-length` both work.
    keys: ['code', 'line-length', 'target-version', 'pyi', 'ipynb', 'python-cell-magics', 'skip-source-first-line', 'skip-string-normalization', 'skip-magic-trailing-comma', 'preview', 'unstable', 'enable-unstable-feature', 'check', 'diff', 'color', 'line-ranges', 'fast', 'safe', 'required-version', 'exclude', 'extend-exclude', 'force-exclude', 'stdin-filename', 'include', 'workers', 'quiet', 'verbose'],
    normalize: true,
    docs: 'https://black.readthedocs.io/en/stable/usage_and_configuration/the_basics.html#command-line-options',
  },
  coverage: { keys: ['run', 'report', 'html', 'xml', 'json', 'lcov', 'paths'], docs: 'https://coverage.readthedocs.io/en/latest/config.html' },
}

export const toolUnknownKey: Rule<ParsedToml> = {
  id: 'toml/tool-unknown-key',
  aliases: [],
  language: 'toml',
  kinds: ['pyproject'],
  category: 'schema',
  severity: 'error',
  docs: {
    description: 'A key that Ruff (`[tool.ruff]`, `[tool.ruff.format]`), Black or coverage.py (`[tool.coverage]` sections) does not know.',
    why: 'Ruff refuses to start on an unknown key, and Black and coverage.py ignore or reject a misspelled one, so the setting the slide teaches never applies. Only small, stable configurations are checked, so every finding is certain.',
    bad: [
      { code: '# pyproject.toml (fragment)\n[tool.ruff]\nline-lenght = 100\n' },
      { code: '# pyproject.toml (fragment)\n[tool.black]\nline-length = 100\ntarget = ["py312"]\n' },
      { code: '# pyproject.toml (fragment)\n[tool.coverage.reports]\nshow_missing = true\n' },
    ],
    good: [{ code: '# pyproject.toml (fragment)\n[tool.ruff]\nline-length = 100\n\n[tool.ruff.format]\nquote-style = "single"\n\n[tool.black]\nline_length = 100\n\n[tool.coverage.report]\nshow_missing = true\n' }],
    references: ['https://docs.astral.sh/ruff/settings/', 'https://black.readthedocs.io/en/stable/usage_and_configuration/the_basics.html', 'https://coverage.readthedocs.io/en/latest/config.html'],
  },
  check({ parsed, report }) {
    // Linter settings at the top of `[tool.ruff]` are known, only misplaced: toml/ruff-lint-setting-top-level reports them.
    for (const [path, known] of Object.entries(KNOWN)) {
      const table = entryAt(parsed.tables.tool, ...path.split('.'))
      if (!table || !isTable(table)) continue
      for (const [key, value] of table.entries) {
        const name = known.normalize ? key.replace(/_/g, '-') : key
        if (known.keys.includes(name) || (path === 'ruff' && RUFF_LINT_SETTINGS.has(key))) continue
        const close = known.keys.find((candidate) => near(candidate, name))
        report({ message: `\`${key}\` is not a \`[tool.${path}]\` setting${close ? `: did you mean \`${close}\`?` : `: see ${known.docs}`}`, place: value.key })
      }
    }
  },
}


/** One edit apart (a typo): a letter added, dropped, changed or two swapped. */
function near(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  const rest = (x: string, y: string) => x.slice(i + 1) === y.slice(i + 1) || x.slice(i + 1) === y.slice(i) || x.slice(i) === y.slice(i + 1)
  const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  return rest(a, b) || swapped
}

import type { Rule } from '@deckcheck/core'
import { entryAt, lookup } from '../located.ts'
import type { ParsedToml } from '../parse.ts'
import { requirementSpan } from '../pyproject.ts'

/** What Ruff does for each tool it replaces. */
const REPLACED: Record<string, string> = {
  black: '`ruff format`',
  isort: "Ruff's `I` rules",
  flake8: "Ruff's `E`, `F` and `W` rules",
  pyupgrade: "Ruff's `UP` rules",
  autoflake: "Ruff's `F401`/`F841` fixes",
  pydocstyle: "Ruff's `D` rules",
}

export const toolReplacedByRuff: Rule<ParsedToml> = {
  id: 'toml/tool-replaced-by-ruff',
  aliases: [],
  language: 'toml',
  kinds: ['pyproject'],
  category: 'best-practice',
  severity: 'warn',
  // An info-level hint in the terms: on in `strict`, off in `recommended`.
  recommended: false,
  docs: {
    description: 'Black, isort, flake8, pyupgrade, autoflake or pydocstyle configured or installed beside Ruff, which already does their job.',
    why: 'The talks: Ruff "replaces 5+ tools" (Black, Flake8, isort, pyupgrade, autoflake), 10–100× faster; "migrate from Flake8/Black to Ruff". Keeping both means two configurations that drift and two tools that can disagree on the same line (isort and Ruff sorting imports differently, Black and `ruff format` fighting over a file).',
    bad: [
      { code: '# pyproject.toml (fragment)\n[tool.black]\nline-length = 100\n\n[tool.ruff]\nline-length = 100\n' },
      { code: '# pyproject.toml (fragment)\n[dependency-groups]\ndev = ["ruff>=0.6", "isort>=5"]\n' },
    ],
    good: [{ code: '# pyproject.toml (fragment)\n[dependency-groups]\ndev = ["ruff>=0.6", "mypy>=1.11"]\n\n[tool.ruff.lint]\nselect = ["E", "F", "I", "UP"]\n' }],
    references: ['https://docs.astral.sh/ruff/faq/#how-does-ruffs-linter-compare-to-flake8', 'https://docs.astral.sh/ruff/formatter/'],
  },
  check({ parsed, report }) {
    const ruffTable = entryAt(parsed.tables.tool, 'ruff')
    const ruffRequired = parsed.requirements.some((site) => site.requirement?.normalized === 'ruff')
    if (!ruffTable && !ruffRequired) return
    for (const [tool, replacement] of Object.entries(REPLACED)) {
      const table = entryAt(parsed.tables.tool, tool)
      if (table) report({ message: `\`[tool.${tool}]\` beside Ruff: ${replacement} already do${replacement.endsWith('rules') || replacement.endsWith('fixes') ? '' : 'es'} its job; move its settings to \`[tool.ruff]\` and drop ${tool}.`, place: table.key })
    }
    for (const site of parsed.requirements) {
      const tool = site.requirement?.normalized
      const replacement = tool && lookup(REPLACED, tool)
      if (replacement) report({ message: `\`${site.requirement!.name}\` beside Ruff: ${replacement} already cover it; drop it.`, place: requirementSpan(site, parsed.text, site.requirement!.nameAt) })
    }
  },
}

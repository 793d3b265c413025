import type { Rule } from '@deckcheck/core'
import type { ParsedToml } from '../parse.ts'
import { compareVersions, minimumPython, statedVersions } from '../python-versions.ts'

export const pythonVersionMismatch: Rule<ParsedToml> = {
  id: 'toml/python-version-mismatch',
  aliases: [],
  language: 'toml',
  kinds: ['pyproject'],
  category: 'best-practice',
  severity: 'warn',
  docs: {
    description: 'A Python version in the classifiers or a tool target (ruff, black, mypy) that disagrees with `requires-python`.',
    why: "`requires-python` is what installers enforce; classifiers and tool targets are copies that drift. A classifier for a version the package refuses misleads users on PyPI, and a ruff or mypy target above the minimum lets code that breaks on the oldest supported Python pass the checks. (Ruff and uv infer the target from `requires-python` when it is left out: the simplest fix is often to delete the copy.)",
    bad: [
      { code: '# pyproject.toml (fragment)\n[project]\nrequires-python = ">=3.11"\nclassifiers = ["Programming Language :: Python :: 3.10"]\n' },
      { code: '# pyproject.toml (fragment)\n[project]\nrequires-python = ">=3.11"\n\n[tool.ruff]\ntarget-version = "py313"\n' },
    ],
    good: [{ code: '# pyproject.toml (fragment)\n[project]\nrequires-python = ">=3.11"\nclassifiers = ["Programming Language :: Python :: 3.11", "Programming Language :: Python :: 3.12"]\n\n[tool.ruff]\ntarget-version = "py311"\n\n[tool.mypy]\npython_version = "3.11"\n' }],
    references: ['https://docs.astral.sh/ruff/settings/#target-version', 'https://packaging.python.org/en/latest/specifications/pyproject-toml/#requires-python'],
  },
  check({ parsed, report }) {
    const minimum = minimumPython(parsed.tables, parsed.text)
    if (!minimum) return
    for (const stated of statedVersions(parsed.tables, parsed.text)) {
      const order = compareVersions(stated.version, minimum.version)
      if (stated.source === 'classifiers' && order < 0) {
        report({ message: `The classifier says Python ${stated.version}, but \`requires-python\` starts at ${minimum.version}: remove it, or lower \`requires-python\`.`, place: stated.at })
      } else if (stated.source !== 'classifiers' && order !== 0) {
        report({ message: `\`${stated.source}\` is ${stated.version}, but \`requires-python\` starts at ${minimum.version}: target the oldest supported version (${minimum.version}), or leave the target out and let the tool read \`requires-python\`.`, place: stated.at })
      }
    }
  },
}

/** Settings Ruff moved from `[tool.ruff]` to `[tool.ruff.lint]` (Ruff 0.2, 2024). */
export const RUFF_LINT_SETTINGS = new Set([
  'allowed-confusables', 'dummy-variable-rgx', 'explicit-preview-rules', 'extend-fixable', 'extend-ignore', 'extend-per-file-ignores',
  'extend-safe-fixes', 'extend-select', 'extend-unfixable', 'extend-unsafe-fixes', 'external', 'fixable', 'ignore', 'ignore-init-module-imports',
  'logger-objects', 'per-file-ignores', 'select', 'task-tags', 'typing-extensions', 'typing-modules', 'unfixable',
  'flake8-annotations', 'flake8-bandit', 'flake8-boolean-trap', 'flake8-bugbear', 'flake8-builtins', 'flake8-comprehensions', 'flake8-copyright',
  'flake8-errmsg', 'flake8-gettext', 'flake8-implicit-str-concat', 'flake8-import-conventions', 'flake8-pytest-style', 'flake8-quotes',
  'flake8-self', 'flake8-tidy-imports', 'flake8-type-checking', 'flake8-unused-arguments', 'isort', 'mccabe', 'pep8-naming', 'pycodestyle',
  'pydocstyle', 'pyflakes', 'pylint', 'pyupgrade',
])

import { defineLanguage } from '@deckcheck/core'
import { parseToml } from './parse.ts'
import { parseRequirements } from './requirements/parse.ts'
import { buildSystemField } from './rules/build-system-field.ts'
import { dependencyGroup } from './rules/dependency-group.ts'
import { invalidRequirement } from './rules/invalid-requirement.ts'
import { licenseTable } from './rules/license-table.ts'
import { projectDynamicConflict } from './rules/project-dynamic-conflict.ts'
import { projectField } from './rules/project-field.ts'
import { projectMissingField } from './rules/project-missing-field.ts'
import { projectUnknownKey } from './rules/project-unknown-key.ts'
import { requirementsSyntax } from './rules/requirements-syntax.ts'
import { requirementsUnpinned } from './rules/requirements-unpinned.ts'
import { syntax } from './rules/syntax.ts'
import { unconstrainedDependency } from './rules/unconstrained-dependency.ts'
import { libraryPinnedDependency } from './rules/library-pinned-dependency.ts'
import { devToolInDependencies } from './rules/dev-tool-in-dependencies.ts'
import { buildBackendNotRequired } from './rules/build-backend-not-required.ts'
import { pythonVersionMismatch } from './rules/python-version-mismatch.ts'
import { endOfLifePython } from './rules/end-of-life-python.ts'
import { ruffLintSettingTopLevel } from './rules/ruff-lint-setting-top-level.ts'
import { toolReplacedByRuff } from './rules/tool-replaced-by-ruff.ts'
import { toolUnknownKey } from './rules/tool-unknown-key.ts'
import { uvDevDependencies } from './rules/uv-dev-dependencies.ts'

/** remark plugin: checks every TOML snippet (fences, magic-move steps, `<<<` imports) as TOML 1.0, and pyproject.toml against the standards and the talks' practices. */
export const remarkDeckcheckToml = defineLanguage({
  language: 'toml',
  source: 'deckcheck-toml',
  rules: [syntax, projectField, projectUnknownKey, projectMissingField, projectDynamicConflict, licenseTable, invalidRequirement, buildSystemField, dependencyGroup,
    unconstrainedDependency, libraryPinnedDependency, devToolInDependencies, buildBackendNotRequired, pythonVersionMismatch, endOfLifePython, ruffLintSettingTopLevel, toolReplacedByRuff, toolUnknownKey,
    uvDevDependencies],
  parse: parseToml,
})

export { parseToml, parseTomlText, type AST, type ParseOptions, type ParsedToml, type TomlError, type TomlTable, type TomlValue } from './parse.ts'

/** remark plugin: checks requirements.txt snippets (PEP 508 lines, pip options, pinning for applications). */
export const remarkDeckcheckRequirements = defineLanguage({
  language: 'requirements',
  source: 'deckcheck-requirements',
  rules: [requirementsSyntax, requirementsUnpinned],
  parse: parseRequirements,
})

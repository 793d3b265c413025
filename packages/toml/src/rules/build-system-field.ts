import type { Rule } from '@deckcheck/core'
import { isString, typeName } from '../located.ts'
import type { ParsedToml } from '../parse.ts'

const BACKEND = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*(:[A-Za-z_]\w*(\.[A-Za-z_]\w*)*)?$/

export const buildSystemField: Rule<ParsedToml> = {
  id: 'toml/build-system-field',
  aliases: [],
  language: 'toml',
  kinds: ['pyproject'],
  category: 'schema',
  severity: 'error',
  docs: {
    description: 'A `[build-system]` without `requires`, with a key PEP 517/518 does not define, or with a `build-backend` that is not an importable `module:object` path.',
    why: 'The build front end reads `[build-system]` first: without `requires` it cannot create the isolated build environment, and a `build-backend` such as `"hatchling"` (a project name, not the module `hatchling.build`) fails to import.',
    bad: [
      { code: '# pyproject.toml (fragment)\n[build-system]\nbuild-backend = "hatchling.build"\n' },
      { code: '# pyproject.toml (fragment)\n[build-system]\nrequires = ["poetry-core>=2"]\nbuild-backend = "poetry-core"\n' },
      { code: '# pyproject.toml (fragment)\n[build-system]\nrequires = ["setuptools>=77"]\nbackend = "setuptools.build_meta"\n' },
    ],
    good: [{ code: '# pyproject.toml (fragment)\n[build-system]\nrequires = ["hatchling>=1.26"]\nbuild-backend = "hatchling.build"\n' }],
    references: ['https://peps.python.org/pep-0517/', 'https://peps.python.org/pep-0518/', 'https://packaging.python.org/en/latest/specifications/pyproject-toml/#declaring-build-system-dependencies-the-build-system-table'],
  },
  check({ parsed, report }) {
    const table = parsed.tables.buildSystem
    if (!table) return
    if (!table.entries.has('requires')) report({ message: '`[build-system]` needs `requires`, the packages to build with: `requires = ["hatchling>=1.26"]`.', place: table.at })
    for (const [key, value] of table.entries) {
      if (key === 'requires' || key === 'backend-path') {
        if (!Array.isArray(value.value)) report({ message: `\`${key}\` must be an array of strings, not ${typeName(value.value)}.`, place: value.at })
        else for (const item of value.items) if (!isString(item)) report({ message: `Every item of \`${key}\` must be a string.`, place: item.at })
      } else if (key === 'build-backend') {
        if (!isString(value)) report({ message: `\`build-backend\` must be a string, not ${typeName(value.value)}.`, place: value.at })
        else if (!BACKEND.test(value.value)) {
          const module = value.value.replace(/-/g, '_')
          report({ message: `\`${value.value}\` is not an importable backend: write the module path (\`${module}.build\`-style, with \`.\` and \`_\`, as the backend's docs give it).`, place: value.at })
        }
      } else {
        report({ message: `\`${key}\` is not a \`[build-system]\` key: the table has \`requires\`, \`build-backend\` and \`backend-path\`.`, place: value.key })
      }
    }
  },
}

/**
 * The `[project]` table as the Python Packaging User Guide's pyproject.toml specification states
 * it (PEP 621, PEP 639 licenses, PEP 794 import names): each field's type and form. Requirement
 * strings are checked by `toml/invalid-requirement`, the old license table by
 * `toml/license-table`, `dynamic` conflicts by `toml/project-dynamic-conflict`.
 */
import { isString, isTable, type Located, type Span, spanIn, typeName } from './located.ts'
import { isVersion, specifierSetProblem, VALID_NAME } from './pep508.ts'
import { licenseProblem } from './spdx.ts'

export interface Problem {
  message: string
  at: Span
}

type Check = (field: Located, text: string, project: Located) => Problem[]

const wrongType = (field: Located, name: string, expected: string, example: string): Problem => ({
  message: `\`${name}\` must be ${expected}, not ${typeName(field.value)}: \`${name} = ${example}\`.`,
  at: field.at,
})

/** A string field, then `more` on its value. */
const string =
  (name: string, example: string, more?: (field: Located & { value: string }, text: string) => Problem[]): Check =>
  (field, text) =>
    isString(field) ? (more?.(field, text) ?? []) : [wrongType(field, name, 'a string', example)]

/** An array whose every item passes `item`. */
const arrayOf =
  (name: string, example: string, item: (element: Located, text: string) => Problem[]): Check =>
  (field, text) =>
    Array.isArray(field.value) ? field.items.flatMap((element) => item(element, text)) : [wrongType(field, name, 'an array', example)]

const stringItem =
  (name: string, more?: (element: Located & { value: string }, text: string) => Problem[]) =>
  (element: Located, text: string): Problem[] =>
    isString(element) ? (more?.(element, text) ?? []) : [{ message: `Every item of \`${name}\` must be a string, not ${typeName(element.value)}.`, at: element.at }]

/** A table whose every value passes `entry`. */
const tableOf =
  (name: string, example: string, entry: (key: string, value: Located, text: string) => Problem[]): Check =>
  (field, text) =>
    isTable(field) ? [...field.entries].flatMap(([key, value]) => entry(key, value, text)) : [wrongType(field, name, 'a table', example)]

const OBJECT_REFERENCE = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*(:[A-Za-z_]\w*(\.[A-Za-z_]\w*)*)?$/
const objectReference = (table: string) => (key: string, value: Located, text: string): Problem[] => {
  if (!isString(value)) return [{ message: `\`${table}.${key}\` must be a string \`module:function\`, not ${typeName(value.value)}.`, at: value.at }]
  if (OBJECT_REFERENCE.test(value.value.trim()) && value.value.includes(':')) return []
  return [{ message: `\`${value.value}\` is not an entry point: write \`package.module:function\` (a module path, a colon, and the object to call).`, at: spanIn(value, text, 0, value.value.length) }]
}

const person = (name: string) => (element: Located): Problem[] => {
  if (!isTable(element)) return [{ message: `Every item of \`${name}\` must be a table, \`{ name = "Ada Lovelace", email = "ada@example.org" }\`, not ${typeName(element.value)}.`, at: element.at }]
  const problems: Problem[] = []
  if (element.entries.size === 0) problems.push({ message: `An item of \`${name}\` needs a \`name\`, an \`email\`, or both.`, at: element.at })
  for (const [key, value] of element.entries) {
    if (key !== 'name' && key !== 'email') problems.push({ message: `\`${name}\` items have only \`name\` and \`email\`, not \`${key}\`.`, at: value.key })
    else if (!isString(value)) problems.push({ message: `\`${key}\` in \`${name}\` must be a string, not ${typeName(value.value)}.`, at: value.at })
    else if (key === 'email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value.value)) problems.push({ message: `\`${value.value}\` is not an email address: write \`name@example.org\`, or leave \`email\` out.`, at: value.at })
    else if (key === 'name' && /[,@]/.test(value.value)) problems.push({ message: `An author's \`name\` cannot contain \`,\` or \`@\` (it goes into an RFC 822 header): write one person per table.`, at: value.at })
  }
  return problems
}

const README_TYPES = new Set(['text/markdown', 'text/x-rst', 'text/plain'])
const readme: Check = (field) => {
  if (isString(field)) {
    return /\.(md|rst|txt)$/i.test(field.value) || !field.value ? [] : [{ message: `Tools cannot tell the content type of \`${field.value}\`: name it \`.md\`, \`.rst\` or \`.txt\`, or write \`readme = { file = "${field.value}", content-type = "text/markdown" }\`.`, at: field.at }]
  }
  if (!isTable(field)) return [wrongType(field, 'readme', 'a file name or a table', '"README.md"')]
  const problems: Problem[] = []
  const file = field.entries.get('file')
  const text = field.entries.get('text')
  const type = field.entries.get('content-type')
  if (file && text) problems.push({ message: '`readme` takes `file` or `text`, not both.', at: text.key })
  if (!file && !text) problems.push({ message: '`readme` as a table needs `file` (or `text`) and `content-type`.', at: field.at })
  if (!type) problems.push({ message: '`readme` as a table needs a `content-type`: `text/markdown`, `text/x-rst` or `text/plain`.', at: field.at })
  else if (!isString(type) || !README_TYPES.has(type.value.split(';')[0]!.trim())) problems.push({ message: '`content-type` must be `text/markdown`, `text/x-rst` or `text/plain`.', at: type.at })
  for (const [key, value] of field.entries) {
    if (!['file', 'text', 'content-type'].includes(key)) problems.push({ message: `\`readme\` has only \`file\`, \`text\` and \`content-type\`, not \`${key}\`.`, at: value.key })
    else if (!isString(value)) problems.push({ message: `\`readme.${key}\` must be a string.`, at: value.at })
  }
  return problems
}

const license: Check = (field, text, project) => {
  if (isString(field)) {
    const problem = licenseProblem(field.value)
    const problems: Problem[] = problem ? [{ message: `${problem.message}.`, at: spanIn(field, text, problem.start, problem.end) }] : []
    for (const classifier of project.entries.get('classifiers')?.items ?? []) {
      if (isString(classifier) && classifier.value.startsWith('License ::')) {
        problems.push({ message: 'License classifiers are not allowed beside a `license` expression (PEP 639): remove the classifier; the expression says it all.', at: classifier.at })
      }
    }
    return problems
  }
  if (!isTable(field)) return [wrongType(field, 'license', 'an SPDX expression string', '"MIT"')]
  const keys = [...field.entries.keys()]
  if (keys.length !== 1 || !['file', 'text'].includes(keys[0]!)) return [{ message: 'The `license` table takes exactly one of `file` or `text` (and is deprecated: write `license = "MIT"`).', at: field.at }]
  if (project.entries.has('license-files')) return [{ message: '`license-files` cannot be used with a `license` table (PEP 639): write `license` as an SPDX expression string.', at: field.at }]
  return []
}

const licenseFile = stringItem('license-files', (element, text) => {
  const value = element.value
  if (value.startsWith('/') || /^[A-Za-z]:/.test(value)) return [{ message: `\`${value}\` is absolute: license-files patterns are relative to the project's root.`, at: element.at }]
  if (value.split('/').includes('..')) return [{ message: `\`${value}\` leaves the project's root: \`..\` is not allowed in license-files.`, at: element.at }]
  const backslash = value.indexOf('\\')
  if (backslash !== -1) return [{ message: 'Write paths with `/`, not `\\`, in license-files.', at: spanIn(element, text, backslash, backslash + 1) }]
  return []
})

const url = (key: string, value: Located): Problem[] => {
  if (!isString(value)) return [{ message: `\`urls.${key}\` must be a URL string, not ${typeName(value.value)}.`, at: value.at }]
  const problems: Problem[] = []
  if (!/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(value.value)) problems.push({ message: `\`${value.value}\` is not a URL: write it in full, \`https://…\`.`, at: value.at })
  if (key.length > 32) problems.push({ message: `The label \`${key}\` is longer than the 32 characters core metadata allows: shorten it.`, at: value.key })
  return problems
}

const name = string('name', '"my-package"', (field) =>
  VALID_NAME.test(field.value)
    ? []
    : [{ message: `\`${field.value}\` is not a valid project name: use letters, digits and \`-\`, \`_\`, \`.\` (not first or last), such as \`${field.value.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[._-]+|[._-]+$/g, '') || 'my-package'}\`.`, at: field.at }],
)

const extraName = (key: string, value: Located): Problem[] =>
  VALID_NAME.test(key) ? [] : [{ message: `\`${key}\` is not a valid extra name: use letters, digits and \`-\`.`, at: value.key }]

export const PROJECT_FIELDS: Record<string, Check> = {
  name,
  version: string('version', '"0.1.0"', (field) =>
    isVersion(field.value) ? [] : [{ message: `\`${field.value}\` is not a PEP 440 version: write \`1.2.0\`, \`1.2.0rc1\`, \`1.2.0.post1\` or \`1.2.0.dev3\` (Maven's \`-SNAPSHOT\` is not PEP 440).`, at: field.at }],
  ),
  description: string('description', '"One line about the project"', (field) =>
    field.value.includes('\n') ? [{ message: '`description` is the one-line summary: keep it to one line and put the rest in the readme.', at: field.at }] : [],
  ),
  readme,
  'requires-python': string('requires-python', '">=3.10"', (field, text) => {
    const problem = specifierSetProblem(field.value)
    return problem ? [{ message: `${problem.message}.`, at: spanIn(field, text, problem.at.start, problem.at.end) }] : []
  }),
  license,
  'license-files': arrayOf('license-files', '["LICENSE*"]', licenseFile),
  authors: arrayOf('authors', '[{ name = "Ada Lovelace" }]', person('authors')),
  maintainers: arrayOf('maintainers', '[{ name = "Ada Lovelace" }]', person('maintainers')),
  keywords: arrayOf('keywords', '["packaging"]', stringItem('keywords')),
  classifiers: arrayOf('classifiers', '["Programming Language :: Python :: 3"]', stringItem('classifiers', (element) =>
    element.value.includes(' :: ') ? [] : [{ message: `\`${element.value}\` is not a trove classifier: they read \`Topic :: Subtopic\`, from https://pypi.org/classifiers/.`, at: element.at }],
  )),
  urls: tableOf('urls', '{ Homepage = "https://example.org" }', url),
  scripts: tableOf('scripts', '{ my-tool = "my_package.cli:main" }', objectReference('scripts')),
  'gui-scripts': tableOf('gui-scripts', '{ my-app = "my_package.gui:main" }', objectReference('gui-scripts')),
  'entry-points': tableOf('entry-points', '{ "my.plugins" = { name = "pkg.mod:obj" } }', (group, value, text) => {
    if (group === 'console_scripts' || group === 'gui_scripts') return [{ message: `Write \`[project.${group === 'console_scripts' ? 'scripts' : 'gui-scripts'}]\`, not \`entry-points.${group}\`: the specification forbids this group here.`, at: value.key }]
    if (!isTable(value)) return [{ message: `Entry-point group \`${group}\` must be a table of names to \`module:object\`.`, at: value.at }]
    return [...value.entries].flatMap(([key, entry]) => objectReference(`entry-points.${group}`)(key, entry, text))
  }),
  dependencies: (field, text, project) => {
    if (!isTable(field)) return arrayOf('dependencies', '["httpx>=0.27"]', stringItem('dependencies'))(field, text, project)
    // Poetry's `[tool.poetry.dependencies]` style, moved under [project]: say how to write it.
    const example = [...field.entries].slice(0, 2).map(([key, value]) => `"${key}${typeof value.value === 'string' && /^[<>=!~]/.test(value.value) ? value.value : ''}"`)
    return [{ message: `\`dependencies\` is an array of PEP 508 strings, not a table of names to versions (Poetry's style): write \`dependencies = [${example.join(', ') || '"httpx>=0.27"'}${field.entries.size > 2 ? ', …' : ''}]\` in \`[project]\`.`, at: field.at }]
  },
  'optional-dependencies': tableOf('optional-dependencies', '{ test = ["pytest>=8"] }', (key, value, text) => [
    ...extraName(key, value),
    ...(Array.isArray(value.value) ? value.items.flatMap((item) => stringItem(`optional-dependencies.${key}`)(item, text)) : [{ message: `\`optional-dependencies.${key}\` must be an array of requirements, not ${typeName(value.value)}.`, at: value.at }]),
  ]),
  dynamic: arrayOf('dynamic', '["version"]', stringItem('dynamic')),
  'import-names': arrayOf('import-names', '["my_package"]', stringItem('import-names')),
  'import-namespaces': arrayOf('import-namespaces', '["my_namespace"]', stringItem('import-namespaces')),
}

/** Fields that may be listed in `dynamic`: every field but `name`. */
export const DYNAMIC_FIELDS = new Set(Object.keys(PROJECT_FIELDS).filter((field) => field !== 'name' && field !== 'dynamic'))

/** Keys people write in `[project]` from setup.py, setup.cfg or Poetry, and what the standard calls them. */
export const MISNAMED_FIELDS: Record<string, string> = {
  requires_python: 'requires-python',
  python_requires: 'requires-python',
  'python-requires': 'requires-python',
  install_requires: 'dependencies',
  'install-requires': 'dependencies',
  extras_require: 'optional-dependencies',
  optional_dependencies: 'optional-dependencies',
  entry_points: 'entry-points',
  gui_scripts: 'gui-scripts',
  console_scripts: 'scripts',
  author: 'authors',
  author_email: 'authors',
  maintainer: 'maintainers',
  homepage: 'urls',
  url: 'urls',
  repository: 'urls',
  documentation: 'urls',
  license_files: 'license-files',
  'license-file': 'license-files',
  long_description: 'readme',
  summary: 'description',
  'dev-dependencies': '[dependency-groups]',
}

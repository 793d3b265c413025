import { checkMarkdown } from '@deckcheck/core/testing'
import { describe, expect, it } from 'vitest'
import { parseTomlText, remarkDeckcheckRequirements, remarkDeckcheckToml } from '../src/index.ts'
import { parseRequirement, specifierSetProblem } from '../src/pep508.ts'
import { licenseProblem } from '../src/spdx.ts'

const lines = (...text: string[]) => text.join('\n')

/** Findings of the TOML rules (syntax aside) on one fenced block, as `line:column ruleId message`, deck coordinates. */
async function findings(code: string, lang = 'toml'): Promise<string[]> {
  const result = await checkMarkdown(`\`\`\`${lang}\n${code}\n\`\`\`\n`, [remarkDeckcheckToml, remarkDeckcheckRequirements])
  return result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`)
}

/** [case, snippet, expected `line:column ruleId`, part of the message]. Line 1 is the fence, so the snippet's first line is line 2. */
const CASES: [string, string, string, string][] = [
  ['an invalid project name', lines('# pyproject.toml', '[project]', 'name = "my package"', 'version = "1"'), '4:8 toml/project-field', 'not a valid project name'],
  ['a version that is not PEP 440', lines('# pyproject.toml', '[project]', 'name = "a"', 'version = "1.0-SNAPSHOT"'), '5:11 toml/project-field', 'not a PEP 440 version'],
  ['a requires-python without operator, inside the string', lines('# pyproject.toml (fragment)', '[project]', 'requires-python = ">=3.11, 4"'), '4:28 toml/project-field', '`4` has no operator'],
  ['a non-SPDX license word', lines('# pyproject.toml (fragment)', '[project]', 'license = "MIT OR Apache 2"'), '4:19 toml/project-field', '`Apache` is not an SPDX license identifier'],
  ['a proprietary license', lines('# pyproject.toml (fragment)', '[project]', 'license = "Proprietary"'), '4:12 toml/project-field', 'LicenseRef-Proprietary'],
  ['an author as a string', lines('# pyproject.toml (fragment)', '[project]', 'authors = ["Ada <ada@example.org>"]'), '4:12 toml/project-field', 'must be a table'],
  ['an unknown author key', lines('# pyproject.toml (fragment)', '[[project.authors]]', 'name = "Ada"', 'mail = "ada@example.org"'), '5:1 toml/project-field', 'only `name` and `email`'],
  ['a script path instead of an object reference', lines('# pyproject.toml (fragment)', '[project.scripts]', 'deck = "deck/cli.py"'), '4:9 toml/project-field', 'not an entry point'],
  ['console_scripts in entry-points', lines('# pyproject.toml (fragment)', '[project.entry-points.console_scripts]', 'deck = "deck.cli:main"'), '3:23 toml/project-field', 'Write `[project.scripts]`'],
  ['a URL without scheme', lines('# pyproject.toml (fragment)', '[project.urls]', 'Homepage = "example.org"'), '4:12 toml/project-field', 'not a URL'],
  ['a readme table without content type', lines('# pyproject.toml (fragment)', '[project]', 'readme = { file = "README" }'), '4:10 toml/project-field', 'needs a `content-type`'],
  ['a key named like an Object method', lines('# pyproject.toml (fragment)', '[project]', 'constructor = "x"'), '4:1 toml/project-unknown-key', 'not a `[project]` field'],
  ['a setup.py key', lines('# pyproject.toml (fragment)', '[project]', 'install_requires = ["httpx"]'), '4:1 toml/project-unknown-key', 'write `dependencies`'],
  ['a missing version in a whole file', lines('# pyproject.toml', '[project]', 'name = "a"'), '3:1 toml/project-missing-field', 'needs a `version`'],
  ['a static and dynamic version', lines('# pyproject.toml', '[project]', 'name = "a"', 'version = "1.0"', 'dynamic = ["version"]'), '6:12 toml/project-dynamic-conflict', 'both written'],
  ['a license table', lines('# pyproject.toml (fragment)', '[project]', 'license = { text = "MIT" }'), '4:11 toml/license-table', 'write `license = "MIT"`'],
  ['a single = in a requirement, at the operator', lines('# pyproject.toml (fragment)', '[project]', 'dependencies = ["httpx", "rich=13"]'), '4:31 toml/invalid-requirement', 'a single `=` is not an operator'],
  ['a bad version in build requires, at the specifier', lines('# pyproject.toml (fragment)', '[build-system]', 'requires = ["hatchling>=1.x"]', 'build-backend = "hatchling.build"'), '4:23 toml/invalid-requirement', 'no `x` wildcard'],
  ['a caret in a dependency group', lines('# pyproject.toml (fragment)', '[dependency-groups]', 'dev = ["ruff^0.6"]'), '4:13 toml/invalid-requirement', 'no caret'],
  ['a bad marker', lines('# pyproject.toml (fragment)', '[project]', 'dependencies = [\'tomli; python < "3.11"\']'), '4:25 toml/invalid-requirement', 'Invalid requirement'],
  ['a project name as backend', lines('# pyproject.toml (fragment)', '[build-system]', 'requires = ["poetry-core"]', 'build-backend = "poetry-core"'), '5:17 toml/build-system-field', 'not an importable backend'],
  ['an include of a missing group', lines('# pyproject.toml (fragment)', '[dependency-groups]', 'dev = [{ include-group = "tests" }]'), '4:26 toml/dependency-group', 'no group `tests`'],
  ['a group including itself', lines('# pyproject.toml (fragment)', '[dependency-groups]', 'dev = [{ include-group = "Dev" }]'), '4:26 toml/dependency-group', 'cycle'],
  ['a dependency without a version', lines('# pyproject.toml (fragment)', '[project]', 'dependencies = ["httpx>=0.27", "rich"]'), '4:33 toml/unconstrained-dependency', '`rich` has no lower bound'],
  ['a capped library dependency, at the cap', lines('# pyproject.toml for a library (fragment)', '[project]', 'dependencies = ["click>=7,<9"]'), '4:27 toml/library-pinned-dependency', 'caps `click`'],
  ['pytest at runtime', lines('# pyproject.toml (fragment)', '[project]', 'dependencies = ["pytest>=8"]'), '4:18 toml/dev-tool-in-dependencies', 'development tool'],
  ['a backend not required', lines('# pyproject.toml (fragment)', '[build-system]', 'requires = ["setuptools>=77"]', 'build-backend = "hatchling.build"'), '5:17 toml/build-backend-not-required', 'add `"hatchling"`'],
  ['a front end in requires', lines('# pyproject.toml (fragment)', '[build-system]', 'requires = ["build", "hatchling"]', 'build-backend = "hatchling.build"'), '4:14 toml/build-backend-not-required', 'not a build backend'],
  ['a classifier below requires-python, at the version', lines('# pyproject.toml (fragment)', '[project]', 'requires-python = ">=3.12"', 'classifiers = ["Programming Language :: Python :: 3.11"]'), '5:51 toml/python-version-mismatch', 'starts at 3.12'],
  ['a mypy target above the minimum', lines('# pyproject.toml (fragment)', '[project]', 'requires-python = ">=3.12"', '[tool.mypy]', 'python_version = "3.13"'), '6:18 toml/python-version-mismatch', '`tool.mypy.python_version` is 3.13'],
  ['an end-of-life minimum, at the version', lines('# pyproject.toml (fragment)', '[project]', 'requires-python = ">=3.8"'), '4:22 toml/end-of-life-python', 'Python 3.8 reached its end of life'],
  ['select at the top of tool.ruff', lines('# pyproject.toml (fragment)', '[tool.ruff]', 'select = ["E"]'), '4:1 toml/ruff-lint-setting-top-level', 'move it to `[tool.ruff.lint]`'],
  ['a misspelled ruff setting, with a suggestion', lines('# pyproject.toml (fragment)', '[tool.ruff]', 'line-lenght = 100'), '4:1 toml/tool-unknown-key', 'did you mean `line-length`?'],
  ['dependencies as a Poetry-style table', lines('# pyproject.toml (fragment)', '[project.dependencies]', 'requests = ">=2.31"'), '3:1 toml/project-field', '`dependencies = ["requests>=2.31"]`'],
  ['uv dev-dependencies', lines('# pyproject.toml (fragment)', '[tool.uv]', 'dev-dependencies = ["ruff"]'), '4:1 toml/uv-dev-dependencies', '`[dependency-groups]`'],
  ['an unpinned requirement', lines('# requirements.txt for an application', 'httpx==0.28.1', 'rich>=13'), '4:5 requirements/unpinned', '`rich>=13` is not pinned'],
  ['a bad requirements line', lines('# requirements.txt', 'httpx==0.28.1', '  rich=13'), '4:7 requirements/syntax', 'a single `=`'],
]

describe('pyproject.toml rules', () => {
  it.each(CASES)('reports %s at its exact place', async (_, code, where, message) => {
    const lang = code.startsWith('# requirements') ? 'txt' : 'toml'
    const found = await findings(code, lang)
    const hit = found.find((f) => f.startsWith(`${where} `))
    expect(hit, found.join('\n')).toBeDefined()
    expect(hit).toContain(message)
  })
})

describe('fragments and whole files', () => {
  it.each([
    ['a table alone', lines('# pyproject.toml', '[project.scripts]', 'deck = "deck.cli:main"')],
    ['[project] without a name', lines('# pyproject.toml', '[project]', 'dependencies = ["httpx>=0.27"]')],
    ['a fragment declared', lines('# pyproject.toml (fragment)', '[project]', 'name = "deck"')],
    ['tool settings alone', lines('[tool.ruff.lint]', 'select = ["E", "F"]')],
  ])('does not demand fields of %s', async (_, code) => {
    expect(await findings(code)).toEqual([])
  })

  it('validates a whole file whole, even without a name, when declared so', async () => {
    expect(await findings(lines('# pyproject.toml (whole file)', '[project]', 'dependencies = []'))).toEqual([
      expect.stringContaining('toml/project-missing-field `[project]` needs a `name`'),
      expect.stringContaining('toml/project-missing-field `[project]` needs a `version`'),
    ])
  })

  it('leaves TOML without pyproject tables alone', async () => {
    expect(await findings(lines('# config.toml', '[database]', 'version = "not PEP 440"', 'dependencies = ["requests=2"]'))).toEqual([])
  })
})

describe('the located view', () => {
  it('locates the standard tables, inline and header-made', () => {
    const text = lines('[project]', 'name = "a"', 'urls.Home = "https://a.org"', '[[project.authors]]', 'name = "Ada"', '[tool.ruff.lint]', 'select = ["E"]')
    const { tables, document } = parseTomlText(text)
    const slice = (span: { offset: number; endOffset: number }) => text.slice(span.offset, span.endOffset)
    expect(slice(tables.project!.at)).toBe('[project]')
    expect(slice(tables.project!.entries.get('urls')!.entries.get('Home')!.at)).toBe('"https://a.org"')
    expect(slice(tables.project!.entries.get('authors')!.items[0]!.entries.get('name')!.key)).toBe('name')
    expect(slice(tables.tool!.entries.get('ruff')!.entries.get('lint')!.entries.get('select')!.items[0]!.at)).toBe('"E"')
    expect(document!.value).toMatchObject({ project: { authors: [{ name: 'Ada' }] } })
  })

  it('parses every requirement once, with its place', () => {
    const { requirements } = parseTomlText(lines('[project]', 'dependencies = ["a>=1"]', '[project.optional-dependencies]', 'x = ["b"]', '[build-system]', 'requires = ["c"]', '[dependency-groups]', 'dev = ["d", { include-group = "x" }]'))
    expect(requirements.map((site) => [site.place, site.group, site.requirement?.name])).toEqual([
      ['dependencies', undefined, 'a'],
      ['optional-dependencies', 'x', 'b'],
      ['build-system', undefined, 'c'],
      ['dependency-groups', 'dev', 'd'],
    ])
  })
})

describe('PEP 508, PEP 440 and SPDX', () => {
  it.each([
    ['httpx[http2]>=0.27,<1 ; python_version >= "3.10"'],
    ['deck @ https://example.org/deck-1.0-py3-none-any.whl'],
    ['zope.interface==5.*'],
    ['Foo_Bar.baz~=1.4.2'],
  ])('accepts %s', (text) => {
    expect(parseRequirement(text)).toHaveProperty('requirement')
  })

  it.each([
    ['requests=2', 8, 10],
    ['requests>=2.x', 8, 13],
    ['pkg~=1', 3, 6],
    ['pkg>=1.*', 3, 8],
    ['my package', 3, 10],
    ['-e .', 0, 4],
  ])('rejects %s at its exact part', (text, start, end) => {
    expect(parseRequirement(text)).toMatchObject({ error: { at: { start, end } } })
  })

  it.each([
    ['>=3.10', undefined],
    ['>=3.10, <4', undefined],
    ['3.10', '`3.10` has no operator'],
    ['>=3.10,^4', 'not a valid PEP 440 specifier'],
    ['', 'An empty specifier'],
  ])('reads requires-python %j', (text, message) => {
    const problem = specifierSetProblem(text)
    if (message === undefined) expect(problem).toBeUndefined()
    else expect(problem?.message).toContain(message)
  })

  it.each([
    ['MIT', undefined],
    ['mit or apache-2.0', undefined],
    ['GPL-3.0-or-later WITH Classpath-exception-2.0', undefined],
    ['LicenseRef-Custom', undefined],
    ['(MIT OR Apache-2.0) AND BSD-3-Clause', undefined],
    ['MIT AND', 'not a valid SPDX expression'],
    ['BSD', '`BSD` is not an SPDX license identifier'],
    ['GPL-3.0', '`GPL-3.0-only` or `GPL-3.0-or-later`'],
  ])('reads the license %j', (text, message) => {
    const problem = licenseProblem(text)
    if (message === undefined) expect(problem).toBeUndefined()
    else expect(problem?.message).toContain(message)
  })
})

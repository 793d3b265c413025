import { offsetToPoint, type Snippet } from '@deckcheck/core'
import { checkMarkdown } from '@deckcheck/core/testing'
import { describe, expect, it } from 'vitest'
import { type AST, parseTomlText, remarkDeckcheckToml } from '../src/index.ts'

const { definition } = remarkDeckcheckToml

function snippetOf(value: string): Snippet {
  return {
    index: 0,
    lang: 'toml',
    rawLang: 'toml',
    meta: '',
    value,
    file: '/virtual/slides.md',
    lines: [],
    range: { start: { line: 1, column: 1 } },
    deckFile: '/virtual/slides.md',
    slide: 1,
    origin: 'fence',
    roles: [],
    directives: { skip: false, expect: [], disable: [] },
  }
}

/** What `toml/syntax` reports for a snippet, as `line:column message` (snippet-relative). */
async function findings(value: string): Promise<{ line: number; column: number; message: string }[]> {
  const snippet = snippetOf(value)
  const parsed = await definition.parse(snippet)
  const found: { line: number; column: number; message: string }[] = []
  for (const rule of definition.rules.filter((rule) => rule.id === 'toml/syntax')) {
    await rule.check({
      snippet,
      parsed,
      options: {},
      report: ({ message, place }) => {
        const point = place && 'offset' in place ? offsetToPoint(snippet, place.offset) : place ? { line: place.line, column: place.column } : { line: 0, column: 0 }
        found.push({ ...point, message })
      },
    })
  }
  return found
}

const lines = (...text: string[]) => text.join('\n')

/** [what, document, line, column, part of the message], positions relative to the snippet. */
const INVALID: [string, string, number, number, string][] = [
  ['a key defined twice', lines('[project]', 'name = "deckcheck"', 'version = "0.1.0"', 'name = "deck-check"'), 4, 1, 'Key `name` is already defined on line 2: remove one.'],
  ['a dotted key defined twice', lines('[tool]', 'ruff.line-length = 88', 'ruff.line-length = 100'), 3, 1, 'Key `ruff.line-length` is already defined on line 2'],
  ['a key defined twice in an inline table', 'point = { x = 1, y = 2, x = 3 }', 1, 25, 'Key `x` is already defined on line 1'],
  ['a table declared twice', lines('[tool.ruff]', 'line-length = 100', '', '[tool.ruff]', 'target-version = "py312"'), 4, 1, 'Table `[tool.ruff]` is already defined on line 1: merge the two sections'],
  ['a table header after dotted keys made it', lines('[tool]', 'ruff.line-length = 100', '[tool.ruff]'), 3, 1, 'Table `[tool.ruff]` is already defined by the dotted key `ruff.line-length` on line 2'],
  ['dotted keys reopening a table defined by a header', lines('[project.urls]', 'Homepage = "https://example.org"', '[project]', 'urls.Source = "https://example.org/src"'), 4, 1, 'Table `urls` is already defined by `[project.urls]` on line 1'],
  ['an inline table extended by a dotted key', lines('[project]', 'urls = { Homepage = "https://example.org" }', 'urls.Source = "https://example.org/src"'), 3, 1, '`urls` is an inline table defined on line 2, complete where it is written'],
  ['an inline table extended by a header', lines('project = { name = "deckcheck" }', '[project.urls]'), 2, 1, '`project` is an inline table defined on line 1'],
  ['a header redefining a value', lines('[tool.deck]', 'theme = "dark"', '[tool.deck.theme]'), 3, 1, 'Key `tool.deck.theme` is already defined on line 2'],
  ['an array of tables after a table of the same name', lines('[tool.deck.talk]', 'title = "One"', '[[tool.deck.talk]]'), 3, 1, '`[[tool.deck.talk]]` reuses the name of a table (`[tool.deck.talk]` on line 1)'],
  ['a table after an array of tables of the same name', lines('[[project.authors]]', 'name = "Ada"', '[project.authors]'), 3, 1, '`[project.authors]` reuses the name of the array of tables `[[project.authors]]` from line 1'],
  ['an array of tables appending to a static array', lines('authors = []', '[[authors]]'), 2, 1, '`authors` is an array defined on line 1: `[[authors]]` cannot append to it'],
  ['an unknown escape', 'path = "C:\\deck"', 1, 11, 'Invalid escape `\\d`'],
  ['the TOML 1.1 escape \\e', 'prompt = "\\e[1m> "', 1, 11, 'Invalid escape `\\e`: it is new in TOML 1.1'],
  ['the TOML 1.1 escape \\x', 'nul = "\\x00"', 1, 8, 'Write `\\u0000` instead'],
  ['a surrogate escape', 'bad = "\\uD800"', 1, 8, '`\\uD800` is not a Unicode scalar value'],
  ['a date that does not exist', 'released = 2024-02-30', 1, 12, 'Invalid date or time `2024-02-30`: that day does not exist'],
  ['an hour past 23', 'at = 24:00:00', 1, 6, 'hours are 00–23'],
  ['a time without seconds (TOML 1.1)', 'meeting = 1979-05-27T07:32', 1, 11, 'seconds are required (`1979-05-27T07:32:00`)'],
  ['a local time without seconds (TOML 1.1)', 'alarm = 07:30', 1, 9, 'seconds are required (`07:30:00`)'],
  ['a local time with an offset', 'alarm = 07:30:00Z', 1, 9, 'a time of day cannot have an offset'],
  ['a leading zero', 'port = 08080', 1, 8, 'Invalid number `08080`: leading zeros are not allowed (write `8080`)'],
  ['a leading zero after a sign', 'offset = -01', 1, 10, 'leading zeros are not allowed (write `-1`)'],
  ['two underscores in a number', 'workers = 1__0', 1, 11, 'Invalid number `1__0`: an underscore must sit between two digits'],
  ['a trailing decimal point', 'ratio = 1.', 1, 9, 'a decimal point needs digits on both sides'],
  ['a capitalised boolean', 'strict = True', 1, 10, 'booleans are `true` and `false`, in lower case'],
  ['a signed hexadecimal', 'mask = -0xff', 1, 8, 'cannot have a sign'],
  ['an integer beyond 64 bits', 'big = 9223372036854775808', 1, 7, 'Integer out of range'],
  ['year zero', 'epoch = 0000-01-01', 1, 9, 'there is no year 0000'],
  ['an unterminated string', lines('name = "deckcheck', 'version = "0.1.0"'), 1, 8, 'Unterminated string: close it with " on the same line'],
  ['an unterminated multi-line string', lines('[project]', 'description = """', 'Checks snippets.', ''), 2, 15, 'Unterminated multi-line string: close it with """'],
  ['an unterminated literal string', "pattern = '^v\\d+", 1, 11, "close it with ' on the same line"],
  ['a string with a raw line break', lines('motto = "one', 'two"'), 1, 9, 'Unterminated string'],
  ['a newline inside an inline table (TOML 1.1)', lines('point = { x = 1,', '          y = 2 }'), 1, 17, 'An inline table must stay on one line'],
  ['an inline table opened on its own line (TOML 1.1)', lines('author = {', '  name = "Ada" }'), 1, 11, 'An inline table must stay on one line'],
  ['a trailing comma in an inline table (TOML 1.1)', 'point = { x = 1, y = 2, }', 1, 23, 'Trailing comma in an inline table: remove it'],
  ['a key without a value', lines('[project]', 'name', 'version = "0.1.0"'), 2, 1, 'Key `name` has no value: write `name = <value>` on one line'],
  ['a key and = without a value', lines('[project]', 'name =', 'version = "0.1.0"'), 2, 1, 'Key `name` has no value: write the value on the same line, after `=`'],
  ['a key without a value at the end', 'readme =', 1, 1, 'Key `readme` has no value'],
  ['a key with a space', 'build backend = "hatchling.build"', 1, 7, 'Expected `=` after the key `build`, found `backend`'],
  ['a missing key', '= "deckcheck"', 1, 1, 'A key is missing before `=`'],
  ['a non-ASCII bare key', 'café = "au lait"', 1, 4, 'a bare key may contain only A–Z, a–z, 0–9'],
  ['two pairs on one line', 'name = "deckcheck" version = "0.1.0"', 1, 20, 'Expected a line break before `version`'],
  ['text after a table header', '[project] name = "deckcheck"', 1, 11, 'Expected a line break before `name`'],
  ['an unquoted string', 'license = MIT', 1, 11, 'Invalid value `MIT`: strings need quotes: `"MIT"`'],
  ['a missing comma in an array', lines('dependencies = [', '  "httpx"', '  "rich",', ']'), 3, 3, 'Expected a comma between array elements'],
  ['two commas in a row', 'select = ["E",, "F"]', 1, 15, 'Two commas in a row in an array'],
  ['an unterminated array', lines('dependencies = [', '  "httpx",', ''), 1, 16, 'Unterminated array: close it with `]`'],
  ['an unterminated inline table', 'point = { x = 1', 1, 9, 'Unterminated inline table'],
  ['an unterminated table header', lines('[project', 'name = "deckcheck"'), 1, 1, 'Table header `[project` is not closed'],
  ['an empty table header', '[]', 1, 1, 'Table header without a name'],
  ['a trailing dot in a key', '[tool.]', 1, 6, 'A key cannot end with a dot'],
  ['two dots in a key', 'tool..ruff = 1', 1, 5, 'Two dots in a row in a key'],
  ['a space inside [[ ]]', '[ [project.authors]]', 1, 3, 'without spaces between the brackets'],
  ['a control character in a string', 'bell = "\u0007"', 1, 9, 'Control character U+0007 is not allowed in a string: write it as the escape `\\u0007`'],
  ['a no-break space', 'a = 1\u00a0', 1, 6, 'Unexpected U+00A0: TOML whitespace is only the space and the tab'],
  ['a lone carriage return', 'a = 1\rb = 2', 1, 6, 'A carriage return (\\r) without a line feed'],
  ['a multi-line key', '"""key""" = 1', 1, 1, 'A key cannot be a multi-line string'],
]

/** Documents that are valid TOML 1.0. */
const VALID: [string, string][] = [
  [
    'a realistic pyproject.toml',
    lines(
      '# pyproject.toml',
      '[build-system]',
      'requires = ["hatchling>=1.26", "hatch-vcs"]',
      'build-backend = "hatchling.build"',
      '',
      '[project]',
      'name = "deckcheck"',
      'dynamic = ["version"]',
      'description = "Checks the code on your slides."',
      'readme = "README.md"',
      'requires-python = ">=3.12"',
      'license = "MIT"',
      'authors = [',
      '  { name = "Ada Lovelace", email = "ada@example.org" },',
      '  { name = "Grace Hopper" },',
      ']',
      'keywords = ["slides", "testing"]',
      'classifiers = [',
      '  "Programming Language :: Python :: 3",',
      '  "Operating System :: OS Independent",  # trailing comma is fine in arrays',
      ']',
      'dependencies = [',
      '  "httpx>=0.27,<1",',
      '  "rich>=13",',
      '  \'tomli>=2; python_version < "3.11"\',',
      ']',
      '',
      '[project.optional-dependencies]',
      'test = ["pytest>=8", "pytest-cov"]',
      'docs = ["mkdocs-material"]',
      '',
      '[project.urls]',
      'Homepage = "https://example.org/deckcheck"',
      '"Bug Tracker" = "https://example.org/deckcheck/issues"',
      '',
      '[project.scripts]',
      'deckcheck = "deckcheck.cli:main"',
      '',
      '[tool.hatch.version]',
      'source = "vcs"',
      '',
      '[tool.ruff]',
      'line-length = 100',
      'target-version = "py312"',
      '',
      '[tool.ruff.lint]',
      'select = ["E", "F", "I", "UP"]',
      'ignore = ["E501"]',
      'per-file-ignores = { "tests/*" = ["S101"] }',
      '',
      '[tool.pytest.ini_options]',
      'minversion = "8.0"',
      'addopts = "-ra -q"',
      'testpaths = ["tests"]',
      'filterwarnings = [\'ignore::DeprecationWarning\']',
      '',
    ),
  ],
  ['an empty document', ''],
  ['comments only', lines('# nothing here', '   # still nothing', '')],
  ['dotted keys', lines('name = "Orange"', 'physical.color = "orange"', 'physical.shape = "round"', 'site."google.com" = true', 'fruit . flavor = "banana"')],
  [
    'literal and multi-line strings',
    lines(
      "winpath = 'C:\\Users\\deck\\templates'",
      "regex = '<\\i\\c*\\s*>'",
      'lines = """',
      'The first newline is',
      'trimmed; "quotes" and a "" pair are fine."""',
      'joined = """\\',
      '    The quick brown \\',
      '    fox."""',
      "raw = '''",
      "Here are 'two' quotes and two more ''.'''",
      'five = """a"""""',
      'escapes = "tab\\tquote\\"backslash\\\\ unicode \\u00E9 \\U0001F600"',
    ),
  ],
  ['dates and times', lines('odt = 1979-05-27T07:32:00Z', 'offset = 1979-05-27T00:32:00.999999-07:00', 'spaced = 1979-05-27 07:32:00', 'ldt = 1979-05-27T07:32:00', 'ld = 2024-02-29', 'lt = 00:32:00.999999', 'lower = 1979-05-27t07:32:00z')],
  ['numbers', lines('int = +99', 'neg = -17', 'big = 9_223_372_036_854_775_807', 'hex = 0xDEAD_beef', 'oct = 0o755', 'bin = 0b1101', 'float = 6.626e-34', 'exp = 1e06', 'under = 224_617.445_991', 'specials = [inf, -inf, nan, +nan]', 'zero = -0.0')],
  [
    'arrays of tables with sub-tables',
    lines('[[fruits]]', 'name = "apple"', '[fruits.physical]', 'color = "red"', '[[fruits.varieties]]', 'name = "red delicious"', '[[fruits]]', 'name = "banana"', '[[fruits.varieties]]', 'name = "plantain"'),
  ],
  ['inline tables and nested arrays', lines('name = { first = "Tom", last = "Preston-Werner" }', 'animal = { type.name = "pug" }', 'empty = {}', 'matrix = [[1, 2], [3, 4]]', 'points = [ { x = 1, y = 2 },', '           { x = 7, y = 8 } ]', 'deps = { versions = [', '  "1.0",', '  "2.0",', '] }')],
  ['a super-table defined after its sub-table', lines('[x.y.z.w]', 'a = 1', '[x]', 'b = 2')],
  ['sub-tables of tables made by dotted keys', lines('[fruit]', 'apple.color = "red"', 'apple.taste.sweet = true', '', '[fruit.apple.texture]', 'smooth = true')],
  ['quoted, empty and numeric keys', lines('"127.0.0.1" = "localhost"', '"" = "blank"', "'quoted \"value\"' = 1", '1234 = "digits"', '3.14159 = "pi"', '"ʎǝʞ" = "unicode"')],
  ['whitespace and comments everywhere', lines('\t[ table . sub ]  # comment', '\tkey = "value" # comment', 'arr = [ # comment', '  1, # one', '  # between', '  2,', '] # end', '')],
]

describe('toml/syntax on invalid documents', () => {
  it.each(INVALID)('reports %s at its exact place', async (_, document, line, column, message) => {
    const found = await findings(document)
    expect(found.length).toBeGreaterThan(0)
    expect(found[0]).toMatchObject({ line, column })
    expect(found[0]!.message).toContain(message)
  })

  it('keeps to one finding per mistake', async () => {
    for (const [, document] of INVALID) expect(await findings(document)).toHaveLength(1)
  })

  it('reports every duplicate, each with the first definition', async () => {
    const found = await findings(lines('a = 1', 'b = 2', 'a = 3', '[t]', '[t]', 'a = 4'))
    expect(found.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '3:1 Key `a` is already defined on line 1: remove one.',
      '5:1 Table `[t]` is already defined on line 4: merge the two sections into one.',
    ])
  })

  it('reports keys defined twice above a syntax error too', async () => {
    const found = await findings(lines('a = 1', 'a = 2', 'b = "open'))
    expect(found.map((f) => `${f.line}:${f.column}`)).toEqual(['2:1', '3:5'])
  })
})

describe('toml/syntax on valid documents', () => {
  it.each(VALID)('accepts %s', async (_, document) => {
    expect(await findings(document)).toEqual([])
    expect(parseTomlText(document).value).toBeDefined()
  })
})

describe('parseTomlText', () => {
  const pyproject = VALID[0]![1]

  it('gives the plain value of the document', () => {
    const { value, errors } = parseTomlText(pyproject)
    expect(errors).toEqual([])
    expect(value).toMatchObject({
      'build-system': { 'build-backend': 'hatchling.build' },
      project: {
        name: 'deckcheck',
        authors: [{ name: 'Ada Lovelace', email: 'ada@example.org' }, { name: 'Grace Hopper' }],
        'optional-dependencies': { test: ['pytest>=8', 'pytest-cov'] },
        urls: { 'Bug Tracker': 'https://example.org/deckcheck/issues' },
        scripts: { deckcheck: 'deckcheck.cli:main' },
      },
      tool: { ruff: { lint: { 'per-file-ignores': { 'tests/*': ['S101'] } } }, pytest: { ini_options: { testpaths: ['tests'] } } },
    })
  })

  it('keeps the location of every table and key in the AST', () => {
    const { ast } = parseTomlText(pyproject)
    const project = ast!.body[0].body.find((item): item is AST.TOMLTable => item.type === 'TOMLTable' && item.resolvedKey.join('.') === 'project')!
    const name = project.body.find((pair) => pair.key.keys[0]!.type === 'TOMLBare' && pair.key.keys[0]!.name === 'name')!
    expect(project.loc.start).toEqual({ line: 6, column: 0 })
    expect(name.key.loc.start).toEqual({ line: 7, column: 0 })
    expect(name.value.loc.start).toEqual({ line: 7, column: 7 })
    expect(pyproject.slice(...name.value.range)).toBe('"deckcheck"')
  })

  it('keeps the AST, original names and positions included, when a key is defined twice', () => {
    const text = lines('[tool.x]', '"a b" = 1', 'c = 2', '"a b" = 3', '[tool.x]', 'd = 4')
    const { ast, value, errors } = parseTomlText(text)
    expect(value).toBeUndefined()
    expect(errors.map((e) => [e.code, e.line, e.column, e.previous?.line])).toEqual([
      ['duplicate-key', 4, 1, 2],
      ['duplicate-table', 5, 1, 1],
    ])
    const tables = ast!.body[0].body as AST.TOMLTable[]
    const again = tables[0]!.body[2]!.key.keys[0] as AST.TOMLQuoted
    expect(again.value).toBe('a b')
    expect(text.slice(...again.range)).toBe('"a b"')
    expect(again.loc.start).toEqual({ line: 4, column: 0 })
    expect(tables[1]!.key.keys.map((part) => (part.type === 'TOMLBare' ? part.name : part.value))).toEqual(['tool', 'x'])
    expect(tables[1]!.loc.start).toEqual({ line: 5, column: 0 })
    expect(text.slice(...tables[1]!.body[0]!.range)).toBe('d = 4')
  })

  it('has no AST after a syntax error', () => {
    const parsed = parseTomlText('a = "open')
    expect(parsed.ast).toBeUndefined()
    expect(parsed.errors).toMatchObject([{ code: 'unterminated-string', line: 1, column: 5, offset: 4, endOffset: 9 }])
  })
})

describe('places in the deck', () => {
  const findings = async (markdown: string) =>
    (await checkMarkdown(markdown, [remarkDeckcheckToml])).messages.filter((m) => m.ruleId === 'toml/syntax').map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`)

  it('places a finding at the deck line and column of a fence further down', async () => {
    const deck = lines(
      '# Packaging', // 1
      '', // 2
      'One name per project.', // 3
      '', // 4
      '```toml', // 5
      '[project]', // 6
      'name = "deck"', // 7
      'version = "0.1.0"', // 8
      'name = "check"', // 9
      '```', // 10
    )
    expect(await findings(deck)).toEqual(['9:1 toml/syntax Key `name` is already defined on line 7: remove one.'])
  })

  it('counts the indentation of a fence inside a list item', async () => {
    const deck = lines(
      '# Settings', // 1
      '', // 2
      '- Ruff:', // 3
      '', // 4
      '  ```toml', // 5
      '  [tool.ruff]', // 6
      '  line-length = 1__00', // 7
      '  ```', // 8
    )
    expect(await findings(deck)).toEqual(['7:17 toml/syntax Invalid number `1__00`: an underscore must sit between two digits.'])
  })

  it('is exact with CRLF line endings', async () => {
    const deck = '# Title\r\n\r\n```toml\r\n[project]\r\nname = "deck"\r\ndescription = """\r\nSpans lines.\r\n"""\r\nauthors = [{ name = "Ada",\r\n  email = "ada@example.org" }]\r\n```\r\n'
    expect(await findings(deck)).toEqual([expect.stringMatching(/^9:27 toml\/syntax An inline table must stay on one line/)])
  })

  it('reports a lone carriage return inside a fence', async () => {
    expect(await findings('```toml\na = 1\rb = 2\n```\n')).toEqual([expect.stringMatching(/^2:6 toml\/syntax A carriage return/)])
  })

  it('checks each step of a magic-move block', async () => {
    const deck = lines('````md magic-move', '```toml', 'a = 1', '```', '```toml', 'a = 1', 'a = 2', '```', '````')
    expect(await findings(deck)).toEqual(['7:1 toml/syntax Key `a` is already defined on line 6: remove one.'])
  })

  it('leaves valid TOML alone', async () => {
    expect(await findings(lines('```toml', VALID[0]![1], '```'))).toEqual([])
  })
})

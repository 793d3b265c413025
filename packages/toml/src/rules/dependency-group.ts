import type { Rule } from '@deckcheck/core'
import { isString, isTable, type Located, typeName } from '../located.ts'
import type { ParsedToml } from '../parse.ts'
import { normalizeName, VALID_NAME } from '../pep508.ts'

export const dependencyGroup: Rule<ParsedToml> = {
  id: 'toml/dependency-group',
  aliases: [],
  language: 'toml',
  kinds: ['pyproject'],
  category: 'schema',
  severity: 'error',
  docs: {
    description: 'A `[dependency-groups]` entry that breaks PEP 735: a group that is not an array, an item that is neither a requirement string nor `{ include-group = "…" }`, an include of a missing group, a cycle, or two names that normalize alike.',
    why: 'pip 25.1+, uv and PDM read dependency groups by PEP 735 and refuse a malformed table: `uv sync --group dev` fails for the whole team, not just the broken group.',
    bad: [
      { code: '# pyproject.toml (fragment)\n[dependency-groups]\ntest = ["pytest>=8"]\ndev = [{ include-group = "tests" }, "ruff"]\n' },
      { code: '# pyproject.toml (fragment)\n[dependency-groups]\ndev = { requires = ["ruff"] }\n' },
      { code: '# pyproject.toml (fragment)\n[dependency-groups]\na = [{ include-group = "b" }]\nb = [{ include-group = "a" }]\n' },
      { code: '# pyproject.toml (fragment)\n[dependency-groups]\nDev = ["ruff"]\ndev = ["mypy"]\n' },
    ],
    good: [{ code: '# pyproject.toml (fragment)\n[dependency-groups]\ntest = ["pytest>=8", "coverage[toml]"]\nlint = ["ruff"]\ndev = [{ include-group = "test" }, { include-group = "lint" }]\n' }],
    references: ['https://peps.python.org/pep-0735/', 'https://packaging.python.org/en/latest/specifications/dependency-groups/'],
  },
  check({ parsed, report }) {
    const groups = parsed.tables.dependencyGroups
    if (!groups) return
    if (!isTable(groups)) {
      report({ message: '`dependency-groups` must be a table of group names to arrays.', place: groups.at })
      return
    }
    const byName = new Map<string, Located>()
    const includes = new Map<string, { target: string; at: Located }[]>()
    for (const [name, group] of groups.entries) {
      const normalized = normalizeName(name)
      if (!VALID_NAME.test(name)) report({ message: `\`${name}\` is not a valid group name: use letters, digits and \`-\`.`, place: group.key })
      const twin = byName.get(normalized)
      if (twin) report({ message: `Group \`${name}\` is the same name as an earlier group once normalized (PEP 503): merge the two.`, place: group.key })
      byName.set(normalized, group)
      if (!Array.isArray(group.value)) {
        report({ message: `Group \`${name}\` must be an array of requirements and \`{ include-group = "…" }\` tables, not ${typeName(group.value)}.`, place: group.at })
        continue
      }
      const list: { target: string; at: Located }[] = []
      includes.set(normalized, list)
      for (const item of group.items) {
        if (isString(item)) continue
        const target = item.entries.get('include-group')
        if (!isTable(item) || item.entries.size !== 1 || !target || !isString(target)) {
          report({ message: 'A dependency-group item is a requirement string or `{ include-group = "name" }`, nothing else.', place: item.at })
        } else {
          list.push({ target: normalizeName(target.value), at: target })
        }
      }
    }
    for (const [name, list] of includes) {
      for (const { target, at } of list) {
        if (!byName.has(target)) report({ message: `There is no group \`${(at.value as string)}\` to include: define it in \`[dependency-groups]\`, or fix the name.`, place: at.at })
        else if (reaches(includes, target, name)) report({ message: `Including \`${at.value as string}\` makes a cycle back to \`${name}\`: a group cannot include itself, directly or not.`, place: at.at })
      }
    }
  },
}

function reaches(includes: Map<string, { target: string }[]>, from: string, to: string, seen = new Set<string>()): boolean {
  if (from === to) return true
  if (seen.has(from)) return false
  seen.add(from)
  return (includes.get(from) ?? []).some(({ target }) => reaches(includes, target, to, seen))
}

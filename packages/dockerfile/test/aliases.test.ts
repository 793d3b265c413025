import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { remarkDeckcheckDockerfile } from '../src/index.ts'

const rules = remarkDeckcheckDockerfile.definition.rules
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

/** `| code | \`dockerfile/rule\` | implemented… |` rows of the README's tables. */
const implemented = [...readme.matchAll(/^\| (DL\d{4}|[A-Z][A-Za-z]+) \| `(dockerfile\/[a-z0-9-]+)`[^|]*\| (implemented|partly)/gm)].map((m) => [m[1]!, m[2]!] as const)

describe('established codes', () => {
  it('lists every hadolint DL rule and BuildKit check in the README', () => {
    expect(implemented.length).toBeGreaterThan(60)
  })

  it.each(implemented)('%s is an alias of %s', (code, id) => {
    const rule = rules.find((r) => r.id === id)
    expect(rule?.aliases).toContain(code)
  })

  it('gives every alias to one rule only', () => {
    const aliases = rules.flatMap((r) => r.aliases)
    expect(aliases.length).toBe(new Set(aliases).size)
  })
})

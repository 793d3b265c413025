/**
 * PEP 639 license expressions: SPDX identifiers (any case, as `packaging` accepts and then
 * normalizes), `LicenseRef-…`, `AND`/`OR`/`WITH` and parentheses.
 */
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const parse = require('spdx-expression-parse') as (expression: string) => unknown
const ids = require('spdx-license-ids') as string[]
const CANONICAL = new Map(ids.map((id) => [id.toLowerCase(), id]))
const DEPRECATED = new Map((require('spdx-license-ids/deprecated') as string[]).map((id) => [id.toLowerCase(), id]))
const OPERATORS = new Set(['and', 'or', 'with'])

export interface LicenseProblem {
  message: string
  start: number
  end: number
}

/** Why a license expression is not valid SPDX, placed inside the string; undefined when it is. */
export function licenseProblem(expression: string): LicenseProblem | undefined {
  if (!expression.trim()) return { message: 'An empty license: write an SPDX expression such as `MIT` or `Apache-2.0 OR MIT`', start: 0, end: 0 }
  let canonical = ''
  let last = 0
  for (const match of expression.matchAll(/[A-Za-z0-9.+:-]+/g)) {
    const word = match[0]
    canonical += expression.slice(last, match.index)
    last = match.index + word.length
    const lower = word.toLowerCase()
    if (OPERATORS.has(lower)) {
      canonical += word.toUpperCase()
      continue
    }
    const id = word.replace(/\+$/, '')
    // After WITH comes an exception, which the grammar checks against its own list.
    const previous = expression.slice(0, match.index).trimEnd().split(/\s+/).at(-1)?.toLowerCase()
    if (previous !== 'with' && !/^(LicenseRef|DocumentRef)-/i.test(id) && !CANONICAL.has(id.toLowerCase())) {
      const deprecated = DEPRECATED.get(id.toLowerCase())
      if (deprecated) {
        const fix = /^[AL]?GPL-\d\.\d$/.test(deprecated) ? ` (\`${deprecated}-only\` or \`${deprecated}-or-later\`)` : ''
        return { message: `\`${word}\` is a deprecated SPDX identifier, which PEP 639 tools reject: use its current form${fix}, see https://spdx.org/licenses/`, start: match.index, end: last }
      }
      const hint = /^(proprietary|commercial|private|closed)/i.test(id) ? ' For a non-open license write `LicenseRef-Proprietary`.' : ''
      return { message: `\`${word}\` is not an SPDX license identifier: use one from https://spdx.org/licenses/ (\`MIT\`, \`Apache-2.0\`, \`BSD-3-Clause\`, …).${hint}`, start: match.index, end: last }
    }
    canonical += previous === 'with' || /^(LicenseRef|DocumentRef)-/i.test(id) ? word : CANONICAL.get(id.toLowerCase())! + word.slice(id.length)
  }
  canonical += expression.slice(last)
  try {
    parse(canonical)
    return undefined
  } catch (error) {
    const offset = /offset (\d+)/.exec(error instanceof Error ? error.message : '')
    const start = offset ? Number(offset[1]) : 0
    return { message: `\`${expression}\` is not a valid SPDX expression: combine identifiers with \`AND\`, \`OR\`, \`WITH\` and parentheses (\`Apache-2.0 OR MIT\`)`, start, end: offset ? start + 1 : expression.length }
  }
}

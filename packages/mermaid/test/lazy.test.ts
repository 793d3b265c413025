import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'

/**
 * In a fresh Node process, record every module the import of the package resolves, then what a
 * first parse adds. Vitest's own module graph would hide what plain Node loads.
 */
const script = `
import { registerHooks } from 'node:module'
const urls = []
registerHooks({ resolve(specifier, context, next) { const result = next(specifier, context); urls.push(result.url); return result } })
const { remarkDeckcheckMermaid } = await import(${JSON.stringify(new URL('../src/index.ts', import.meta.url).href)})
const rules = remarkDeckcheckMermaid.definition.rules.map((rule) => rule.id)
const onImport = [...urls]
const hadDocument = typeof globalThis.document !== 'undefined'
await remarkDeckcheckMermaid.definition.parse({ value: 'pie\\n  "a": 1' })
console.log(JSON.stringify({ rules, onImport, onParse: urls, hadDocument }))
`

it('loads neither mermaid nor linkedom on import, only on the first parse', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '--eval', script])
  const { rules, onImport, onParse, hadDocument } = JSON.parse(stdout) as { rules: string[]; onImport: string[]; onParse: string[]; hadDocument: boolean }
  const heavy = (url: string) => /\/node_modules\/(mermaid|linkedom)\//.test(url)
  expect(rules).toEqual(['mermaid/syntax'])
  expect(onImport.some((url) => url.endsWith('/packages/core/src/index.ts'))).toBe(true)
  expect(onImport.filter(heavy)).toEqual([])
  expect(hadDocument).toBe(false)
  expect(onParse.some(heavy)).toBe(true)
}, 30_000)

/**
 * The Compose Specification's JSON schema, as `dclint` ships it (draft-07). Compiled once, on the
 * first Compose snippet (~200 ms).
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import type { YamlPath } from '../parse.ts'
import { pointerPath } from '../parse.ts'

export interface ComposeProblem {
  path: YamlPath
  message: string
  /** Point at the key (an unknown key) rather than at the value. */
  atKey?: boolean
}

let validator: ValidateFunction | undefined

/** dclint does not export the file: find it next to its entry module. */
function schemaFile(): string {
  let dir = dirname(fileURLToPath(import.meta.resolve('dclint')))
  while (!existsSync(join(dir, 'schemas', 'compose.schema.json'))) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error('dclint/schemas/compose.schema.json not found')
    dir = parent
  }
  return join(dir, 'schemas', 'compose.schema.json')
}

function compile(): ValidateFunction {
  const schema = JSON.parse(readFileSync(schemaFile(), 'utf8')) as Record<string, unknown>
  delete schema.$schema // a draft-07 URI Ajv 8 would try to resolve
  return new Ajv({ allErrors: true, strict: false }).compile(schema)
}

export function validateCompose(data: unknown): ComposeProblem[] {
  validator ??= compile()
  if (validator(data)) return []
  return summarize(validator.errors ?? [])
}

/**
 * One message per place: the branches of a `oneOf` (a map or a list for `environment`) each add
 * a type error, which read better merged ("must be object or array").
 */
function summarize(errors: ErrorObject[]): ComposeProblem[] {
  const byPath = new Map<string, ErrorObject[]>()
  for (const error of errors) {
    const key = error.keyword === 'additionalProperties' ? `${error.instancePath}/${String(error.params.additionalProperty)}` : error.instancePath
    byPath.set(key, [...(byPath.get(key) ?? []), error])
  }
  const problems: ComposeProblem[] = []
  for (const [key, group] of byPath) {
    // A deeper error explains a failed oneOf better than the oneOf itself.
    if ([...byPath.keys()].some((other) => other !== key && other.startsWith(`${key}/`))) continue
    const path = pointerPath(key)
    const where = path.length ? `\`${path.join('.')}\`` : 'The file'
    const extra = group.find((e) => e.keyword === 'additionalProperties')
    if (extra) {
      problems.push({ path, atKey: true, message: `Unknown key \`${String(extra.params.additionalProperty)}\` in ${path.length > 1 ? `\`${path.slice(0, -1).join('.')}\`` : 'the file'}: Compose rejects it; check the spelling against the Compose Specification.` })
      continue
    }
    const types = group.filter((e) => e.keyword === 'type').map((e) => String(e.params.type))
    if (types.length) {
      problems.push({ path, message: `${where} must be ${[...new Set(types)].join(' or ')}.` })
      continue
    }
    const first = group.find((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf') ?? group[0]!
    const detail = first.keyword === 'enum' ? ` (one of ${(first.params.allowedValues as unknown[]).map(String).join(', ')})` : ''
    problems.push({ path, message: `${where} ${first.message ?? 'is invalid'}${detail}.` })
  }
  return problems
}

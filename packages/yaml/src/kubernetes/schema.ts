/**
 * Kubernetes built-in kinds validated with the `kubernetes-models` validators (the official
 * OpenAPI schemas, compiled by Ajv). Models load per kind, on first use: loading all costs ~1 s.
 */
import { existsSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { closest } from '../suggest.ts'

export interface SchemaProblem {
  /** Where in the object: keys and indexes. */
  path: (string | number)[]
  message: string
  unknownField?: boolean
  /** A required field is missing (an excerpt may leave it out). */
  missing?: boolean
}

interface ModelClass {
  apiVersion?: string
  kind?: string
  prototype: { validate(this: unknown): void }
}

const MODELS_ROOT = dirname(fileURLToPath(import.meta.resolve('kubernetes-models')))
const cache = new Map<string, Promise<ModelClass | undefined>>()

/** The model for `apiVersion` + `kind`, or undefined for a kind that is not built in (CRDs). */
function loadModel(apiVersion: string, kind: string): Promise<ModelClass | undefined> {
  const key = `${apiVersion}/${kind}`
  let model = cache.get(key)
  if (!model) {
    model = (async () => {
      // Names are checked before they become a path: a snippet must not choose what is imported.
      if (!/^([a-z0-9.-]+\/)?v\w+$/.test(apiVersion) || !/^[A-Z]\w*$/.test(kind)) return undefined
      if (!existsSync(join(MODELS_ROOT, apiVersion, `${kind}.js`))) return undefined
      const module = (await import(/* @vite-ignore */ `kubernetes-models/${apiVersion}/${kind}`)) as Record<string, ModelClass>
      const candidate = module[kind]
      return candidate?.kind === kind && candidate.apiVersion === apiVersion ? candidate : undefined
    })()
    cache.set(key, model)
  }
  return model
}

/** Is `apiVersion`'s group one that Kubernetes itself serves (so an unknown kind there is an error)? */
export function isBuiltInGroup(apiVersion: string): boolean {
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : ''
  if (!/^[a-z0-9.-]*$/.test(group)) return false
  return group === '' || existsSync(join(MODELS_ROOT, group))
}

/** Other apiVersions that serve `kind` (`extensions/v1beta1` Deployment → `apps/v1`). */
export function apiVersionsOf(kind: string): string[] {
  if (!/^[A-Z]\w*$/.test(kind)) return []
  const found: string[] = []
  const visit = (dir: string, prefix: string) => {
    for (const entry of readdirSync(join(MODELS_ROOT, dir), { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('_')) continue
      const sub = prefix ? `${prefix}/${entry.name}` : entry.name
      if (/^v\d/.test(entry.name) && existsSync(join(MODELS_ROOT, sub, `${kind}.js`))) found.push(sub)
      else if (!prefix) visit(sub, sub)
    }
  }
  visit('', '')
  return found.filter((version) => !/(alpha|beta)/.test(version))
}

interface Tracked {
  path: (string | number)[]
  keys: Set<PropertyKey>
  /** The validator listed the object's keys: a map (labels, limits), every key is allowed. */
  enumerated: boolean
}

/**
 * Validate `data` against its kind's schema. Unknown fields, which the compiled validators do not
 * report, are found by watching which properties the validator reads: a typed object is read
 * property by property (`data.replicas`), a map is enumerated, a free-form object is not touched.
 */
export async function validateManifest(data: Record<string, unknown>): Promise<SchemaProblem[] | undefined> {
  const { apiVersion, kind } = data
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return undefined
  const model = await loadModel(apiVersion, kind)
  if (!model) return undefined
  const tracked = new Map<object, Tracked>()
  const proxies = new WeakMap<object, object>()
  const wrap = (value: unknown, path: (string | number)[]): unknown => {
    if (value === null || typeof value !== 'object') return value
    const existing = proxies.get(value)
    if (existing) return existing
    const record: Tracked = { path, keys: new Set(), enumerated: false }
    tracked.set(value, record)
    const proxy = new Proxy(value, {
      get(target, key, receiver) {
        record.keys.add(key)
        const child = Reflect.get(target, key, receiver)
        if (typeof key !== 'string' || !Object.hasOwn(target, key)) return child
        return wrap(child, [...path, Array.isArray(target) ? Number(key) : key])
      },
      ownKeys(target) {
        record.enumerated = true
        return Reflect.ownKeys(target)
      },
    })
    proxies.set(value, proxy)
    return proxy
  }
  const problems: SchemaProblem[] = []
  try {
    model.prototype.validate.call(wrap(data, []))
  } catch (error) {
    const errors = (error as { errors?: AjvError[] }).errors ?? []
    problems.push(...errors.map(describe))
  }
  for (const [target, record] of tracked) {
    if (Array.isArray(target) || record.enumerated || record.keys.size === 0) continue
    for (const key of Object.keys(target)) {
      if (record.keys.has(key)) continue
      const known = [...record.keys].filter((k): k is string => typeof k === 'string' && /^[a-z]/i.test(k))
      const suggestion = closest(key, known)
      problems.push({
        path: [...record.path, key],
        unknownField: true,
        message: `Unknown field \`${key}\`${suggestion ? `: did you mean \`${suggestion}\`?` : `; the API server rejects it (or drops it silently).`}`,
      })
    }
  }
  return problems
}

interface AjvError {
  instancePath: string
  keyword: string
  message?: string
  params: Record<string, unknown>
}

function describe(error: AjvError): SchemaProblem {
  const path = error.instancePath ? error.instancePath.slice(1).split('/').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) : []
  const where = path.length ? `\`${path.join('.')}\`` : 'The object'
  if (error.keyword === 'required') {
    return { path, missing: true, message: `${where} misses the required field \`${String(error.params.missingProperty)}\`.` }
  }
  if (error.keyword === 'enum') {
    return { path, message: `${where} must be one of ${(error.params.allowedValues as unknown[]).map((v) => `\`${String(v)}\``).join(', ')}.` }
  }
  return { path, message: `${where} ${error.message ?? 'is invalid'}.` }
}

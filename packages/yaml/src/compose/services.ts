/** The services of a Compose file, with their paths. */
import { isObject, type Json } from '../data.ts'
import type { ParsedYaml, YamlDocument, YamlPath } from '../parse.ts'

export interface Service {
  document: YamlDocument
  name: string
  service: Json
  path: YamlPath
}

export function services(parsed: ParsedYaml): Service[] {
  return parsed.data.flatMap((document) => {
    const map = isObject(document.value) ? document.value.services : undefined
    if (!isObject(map)) return []
    return Object.entries(map).flatMap(([name, service]) => (isObject(service) ? [{ document, name, service, path: ['services', name] }] : []))
  })
}

/** `environment` as a map or as a `KEY=value` list, each entry with its path. */
export function environment(service: Service): { name: string; value: unknown; path: YamlPath }[] {
  const env = service.service.environment
  const path = [...service.path, 'environment']
  if (isObject(env)) return Object.entries(env).map(([name, value]) => ({ name, value, path: [...path, name] }))
  if (!Array.isArray(env)) return []
  return env.flatMap((entry, index) => {
    if (typeof entry !== 'string' || !entry.includes('=')) return []
    const at = entry.indexOf('=')
    return [{ name: entry.slice(0, at), value: entry.slice(at + 1), path: [...path, index] }]
  })
}

/** The jobs and steps of a workflow, a `jobs:` map, a step list or a composite action, with paths. */
import { isObject, type Json } from '../data.ts'
import type { SnippetPlace } from '@deckcheck/core'
import type { ParsedYaml, YamlDocument, YamlPath } from '../parse.ts'

export interface Step {
  document: YamlDocument
  step: Json
  path: YamlPath
}

export interface Job {
  document: YamlDocument
  id: string
  job: Json
  path: YamlPath
}

export function jobs(parsed: ParsedYaml): Job[] {
  return parsed.data.flatMap((document) => {
    const map = isObject(document.value) ? document.value.jobs : undefined
    if (!isObject(map)) return []
    return Object.entries(map).flatMap(([id, job]) => (isObject(job) ? [{ document, id, job, path: ['jobs', id] }] : []))
  })
}

export function steps(parsed: ParsedYaml): Step[] {
  const lists: { document: YamlDocument; list: unknown; path: YamlPath }[] = []
  for (const document of parsed.data) {
    const value = document.value
    if (Array.isArray(value)) lists.push({ document, list: value, path: [] })
    else if (isObject(value) && isObject(value.runs)) lists.push({ document, list: value.runs.steps, path: ['runs', 'steps'] })
  }
  for (const { document, job, path } of jobs(parsed)) lists.push({ document, list: job.steps, path: [...path, 'steps'] })
  return lists.flatMap(({ document, list, path }) =>
    Array.isArray(list) ? list.flatMap((step, index) => (isObject(step) ? [{ document, step, path: [...path, index] }] : [])) : [],
  )
}

/** `owner/repo[/path]@ref` of a `uses:`, or undefined for local actions and Docker images. */
export function parseUses(uses: unknown): { action: string; ref: string } | undefined {
  if (typeof uses !== 'string') return undefined
  const match = /^([\w.-]+\/[\w.-]+)(\/[^@]*)?@(.+)$/.exec(uses.trim())
  return match ? { action: match[1]!.toLowerCase(), ref: match[3]! } : undefined
}

/** Every `${{ … }}` expression in a string, with its offset in the string. */
export function expressions(text: string): { expression: string; text: string; occurrence: number }[] {
  const seen = new Map<string, number>()
  return [...text.matchAll(/\$\{\{\s*([\s\S]*?)\s*\}\}/g)].map((m) => {
    const occurrence = seen.get(m[0]) ?? 0
    seen.set(m[0], occurrence + 1)
    return { expression: m[1]!, text: m[0], occurrence }
  })
}

/**
 * Where the `occurrence`-th `text` is written inside the value at `path` (a `run:` script, say);
 * the key when the text is not found as written (an escaped or folded scalar).
 */
export function textPlace(source: string, document: YamlDocument, path: YamlPath, text: string, occurrence = 0): SnippetPlace {
  const value = document.place(path, 'value')
  if ('offset' in value) {
    const written = source.slice(value.offset, value.endOffset)
    let at = -1
    for (let n = 0; n <= occurrence; n++) {
      at = written.indexOf(text, at + 1)
      if (at < 0) break
    }
    if (at >= 0) return { offset: value.offset + at, endOffset: value.offset + at + text.length }
  }
  return document.place(path)
}

/** Every kind of GitHub Actions YAML the engine recognizes: workflows, their `jobs:` and step-list excerpts, and action metadata. */
export const GITHUB_KINDS = ['github-workflow', 'github-jobs', 'github-steps', 'github-action']

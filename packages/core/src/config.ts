import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { findRule } from './rules.ts'
import type { RuleMeta, Severity } from './types.ts'

/** `deckcheck.json`, at the workspace root and in any deck folder; nearer files win. */
export interface ConfigFile {
  /** `recommended` (default): the rules marked recommended, at their default severity. `strict`: every rule, warnings raised to errors. */
  preset?: 'recommended' | 'strict'
  /** By rule id or alias: `"off"`, `"warn"`, `"error"`, or `["warn", { …options }]`. */
  rules?: Record<string, Severity | [Severity] | [Severity, Record<string, unknown>]>
  limits?: Partial<Limits>
}

/** Bounds that keep a hostile or broken deck from hanging the checker; hitting one is a `deckcheck/limit` finding. */
export interface Limits {
  /** Largest Markdown or snippet file read, in bytes. */
  maxFileBytes: number
  /** Largest snippet checked, in UTF-16 code units. */
  maxSnippetBytes: number
  /** Deepest bracket nesting (`[`, `{`, `(`) in a snippet that is checked. */
  maxNesting: number
}

export const DEFAULT_LIMITS: Limits = { maxFileBytes: 10 * 1024 * 1024, maxSnippetBytes: 1024 * 1024, maxNesting: 1000 }

export const CONFIG_NAME = 'deckcheck.json'

/** A configuration the checker cannot work with; the CLI prints it on one line and exits 2. */
export class ConfigError extends Error {}

export interface ResolvedConfig {
  files: string[]
  setting(rule: RuleMeta): { severity: Severity; options: Record<string, unknown> }
  limits: Limits
}

/** The config files that apply to a deck in `dir`: from `root` down to `dir`. */
export function configFiles(dir: string, root: string): string[] {
  const found: string[] = []
  let current = resolve(dir)
  const top = resolve(root)
  for (;;) {
    const candidate = join(current, CONFIG_NAME)
    if (existsSync(candidate)) found.unshift(candidate)
    if (current === top) break
    const parent = dirname(current)
    if (parent === current || !current.startsWith(top)) break
    current = parent
  }
  return found
}

export function readConfigFile(path: string): ConfigFile {
  let value: unknown
  try {
    value = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new ConfigError(`${path}: ${(error as Error).message}`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError(`${path}: expected a JSON object`)
  const config = value as ConfigFile
  const unknownKeys = Object.keys(config).filter((key) => !['$schema', 'preset', 'rules', 'limits'].includes(key))
  if (unknownKeys.length > 0) throw new ConfigError(`${path}: unknown key "${unknownKeys[0]}" (expected preset, rules, limits)`)
  if (config.preset !== undefined && config.preset !== 'recommended' && config.preset !== 'strict') {
    throw new ConfigError(`${path}: preset must be "recommended" or "strict", got ${JSON.stringify(config.preset)}`)
  }
  return config
}

const SEVERITIES: readonly string[] = ['off', 'warn', 'error']

/** Combine config files (outermost first) into the severity and options of every rule. */
export function resolveConfig(rules: readonly RuleMeta[], files: { path: string; config: ConfigFile }[]): ResolvedConfig {
  let preset: ConfigFile['preset'] = 'recommended'
  const overrides = new Map<string, { severity: Severity; options: Record<string, unknown> }>()
  let limits = DEFAULT_LIMITS
  for (const { path, config } of files) {
    preset = config.preset ?? preset
    limits = { ...limits, ...config.limits }
    for (const [name, value] of Object.entries(config.rules ?? {})) {
      const rule = findRule(rules, name)
      if (!rule) throw new ConfigError(`${path}: unknown rule "${name}" (run \`deckcheck rules\` for the ids and aliases)`)
      const [severity, options = {}] = Array.isArray(value) ? value : [value]
      if (!SEVERITIES.includes(severity)) throw new ConfigError(`${path}: rule "${name}": severity must be "off", "warn" or "error", got ${JSON.stringify(severity)}`)
      overrides.set(rule.id, { severity, options })
    }
  }
  for (const [key, value] of Object.entries(limits)) {
    if (!(key in DEFAULT_LIMITS)) throw new ConfigError(`limits: unknown limit "${key}" (expected ${Object.keys(DEFAULT_LIMITS).join(', ')})`)
    if (typeof value !== 'number' || !(value > 0)) throw new ConfigError(`limits.${key} must be a positive number`)
  }
  const fromPreset = (rule: RuleMeta): Severity => {
    if (preset === 'strict') return 'error'
    return rule.recommended === false ? 'off' : rule.severity
  }
  return {
    files: files.map((f) => f.path),
    limits,
    setting: (rule) => overrides.get(rule.id) ?? { severity: fromPreset(rule), options: {} },
  }
}

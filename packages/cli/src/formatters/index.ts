import type { RuleMeta } from '@deckcheck/core'
import type { FileResult } from '../results.ts'
import { github } from './github.ts'
import { json } from './json.ts'
import { junit } from './junit.ts'
import { sarif } from './sarif.ts'
import { stylish } from './stylish.ts'

export interface FormatContext {
  cwd: string
  rules: readonly RuleMeta[]
  version: string
  color: boolean
}

export type Formatter = (results: FileResult[], context: FormatContext) => string

export const FORMATTERS: Record<string, Formatter> = { stylish, json, sarif, junit, github }

/**
 * Workflows, job maps, step lists and action metadata validated by GitHub's own parser
 * (`@actions/workflow-parser`, the one behind the Actions language server). Its schemas are JSON
 * files that its modules import without import attributes, which Node refuses: a load hook adds
 * the attribute for that package's JSON only (in Node and under Vitest, which leaves node_modules
 * to Node), and the schemas themselves are read from disk for the lower-level API.
 */
import { readFileSync } from 'node:fs'
import { registerHooks } from 'node:module'
import { JSONObjectReader } from '@actions/workflow-parser/templates/json-object-reader'
import { TemplateSchema } from '@actions/workflow-parser/templates/schema/index'
import { TemplateContext, TemplateValidationErrors } from '@actions/workflow-parser/templates/template-context'
import { readTemplate } from '@actions/workflow-parser/templates/template-reader'
import { NoOperationTraceWriter } from '@actions/workflow-parser/templates/trace-writer'
import { YamlObjectReader } from '@actions/workflow-parser/workflows/yaml-object-reader'

export interface WorkflowProblem {
  message: string
  /** 1-based, relative to the snippet. */
  line: number
  column: number
  endLine?: number
  endColumn?: number
}

registerHooks({
  load(url, context, nextLoad) {
    if (url.includes('/@actions/workflow-parser/') && url.endsWith('.json') && !context.importAttributes.type) {
      return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } })
    }
    return nextLoad(url, context)
  },
})
const { convertWorkflowTemplate } = await import('@actions/workflow-parser/model/convert')

type SchemaFile = 'workflow-v1.0.min.json' | 'action-v1.0.min.json'
const schemas = new Map<SchemaFile, TemplateSchema>()

function schema(file: SchemaFile): TemplateSchema {
  let loaded = schemas.get(file)
  if (!loaded) {
    const path = new URL(file, import.meta.resolve('@actions/workflow-parser'))
    loaded = TemplateSchema.load(new JSONObjectReader(undefined, readFileSync(path, 'utf8')))
    schemas.set(file, loaded)
  }
  return loaded
}

/** What each kind of snippet is checked against, and how many lines we put before it. */
const ROOTS: Record<string, { file: SchemaFile; root: string; prefix?: string }> = {
  'github-workflow': { file: 'workflow-v1.0.min.json', root: 'workflow-root-strict' },
  // A `jobs:` map alone: a trigger is supplied so that only the jobs are judged.
  'github-jobs': { file: 'workflow-v1.0.min.json', root: 'workflow-root-strict', prefix: 'on: push\n' },
  'github-steps': { file: 'workflow-v1.0.min.json', root: 'steps' },
  'github-action': { file: 'action-v1.0.min.json', root: 'action-root-strict' },
}

export async function validateWorkflow(kind: string, text: string): Promise<WorkflowProblem[]> {
  const target = ROOTS[kind]
  if (!target) return []
  const prefix = target.prefix ?? ''
  const shift = prefix.split('\n').length - 1
  const context = new TemplateContext(new TemplateValidationErrors(), schema(target.file), new NoOperationTraceWriter())
  const fileId = context.getFileId('snippet.yml')
  const reader = new YamlObjectReader(fileId, prefix + text)
  if (reader.errors.length > 0) return [] // yaml/syntax reports those
  const template = readTemplate(context, target.root, reader, fileId)
  // The converter finds what the schema cannot: `needs` naming a missing job, bad cron, …
  if (target.root === 'workflow-root-strict' && template && context.errors.getErrors().length === 0) {
    await convertWorkflowTemplate(context, template)
  }
  return context.errors.getErrors().flatMap((error) => {
    const range = error.range
    const message = error.rawMessage.replace(/\.?$/, '.')
    if (!range) return [{ message, line: 1, column: 1 }]
    if (range.start.line <= shift) return []
    return [{ message, line: range.start.line - shift, column: range.start.column, endLine: range.end.line - shift, endColumn: range.end.column }]
  })
}

import { relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { RuleMeta } from '@deckcheck/core'
import type { Formatter } from './index.ts'
import type { ResultMessage } from '../results.ts'

const level = (severity: RuleMeta['severity'] | 1 | 2) => (severity === 'error' || severity === 2 ? 'error' : 'warning')

function help(rule: RuleMeta): { text: string; markdown: string } {
  const fence = (code: string, lang: string) => `\`\`\`\`${lang === 'markdown' ? 'md' : lang}\n${code.replace(/\n$/, '')}\n\`\`\`\``
  const examples = (title: string, list: RuleMeta['docs']['bad']) =>
    list.length ? `\n\n### ${title}\n\n${list.map((e) => fence(e.code, e.lang ?? rule.language)).join('\n\n')}` : ''
  return {
    text: `${rule.docs.description}\n\n${rule.docs.why}`,
    markdown: `${rule.docs.description}\n\n## Why\n\n${rule.docs.why}${examples('Bad', rule.docs.bad)}${examples('Good', rule.docs.good)}`,
  }
}

/** SARIF 2.1.0, as code-scanning services read it: every rule with its help, every finding with its region. */
export const sarif: Formatter = (results, { cwd, rules, version }) => {
  const index = new Map(rules.map((rule, i) => [rule.id, i]))
  const region = (m: ResultMessage) => ({
    startLine: m.line,
    startColumn: m.column,
    ...(m.endLine !== undefined ? { endLine: m.endLine, endColumn: m.endColumn } : {}),
  })
  const result = (filePath: string, m: ResultMessage, declared: boolean) => ({
    ruleId: m.ruleId,
    ...(index.has(m.ruleId) ? { ruleIndex: index.get(m.ruleId) } : {}),
    level: level(m.severity),
    message: { text: m.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: relative(cwd, filePath).split('\\').join('/'), uriBaseId: '%SRCROOT%' }, region: region(m) } }],
    ...(declared ? { suppressions: [{ kind: 'inSource', justification: 'deckcheck-expect: a deliberate bad example' }] } : {}),
  })
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'deckcheck',
            version,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.docs.description },
              fullDescription: { text: rule.docs.why },
              help: help(rule),
              defaultConfiguration: { level: level(rule.severity), enabled: rule.recommended !== false },
              properties: { category: rule.category, language: rule.language, aliases: rule.aliases, tags: [rule.category, rule.language] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(cwd).href}/` } },
        results: results.flatMap((r) => [...r.messages.map((m) => result(r.filePath, m, false)), ...r.suppressedMessages.map((m) => result(r.filePath, m, true))]),
      },
    ],
  }
  return JSON.stringify(log, null, 2)
}

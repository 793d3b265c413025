import { relative } from 'node:path'
import { styleText } from 'node:util'
import type { Formatter } from './index.ts'

/** ESLint's stylish output: a block per file, one aligned line per finding, then a summary. */
export const stylish: Formatter = (results, { cwd, color }) => {
  const paint = (style: Parameters<typeof styleText>[0], text: string) => (color ? styleText(style, text, { validateStream: false }) : text)
  const blocks: string[] = []
  let errors = 0
  let warnings = 0
  let declared = 0
  for (const result of results) {
    errors += result.errorCount
    warnings += result.warningCount
    declared += result.suppressedMessages.length
    if (result.messages.length === 0) continue
    const rows = result.messages.map((m) => [`${m.line}:${m.column}`, m.severity === 2 ? 'error' : 'warning', m.message, m.ruleId])
    const width = (i: number) => Math.max(...rows.map((row) => row[i]!.length))
    const lines = rows.map(([place, level, message, rule]) => {
      const tone = level === 'error' ? 'red' : 'yellow'
      return `  ${paint('dim', place!.padEnd(width(0)))}  ${paint(tone, level!.padEnd(width(1)))}  ${message}  ${paint('dim', rule!)}`
    })
    blocks.push(`${paint('underline', relative(cwd, result.filePath) || result.filePath)}\n${lines.join('\n')}`)
  }
  const problems = errors + warnings
  const note = declared > 0 ? `${declared} declared bad example finding${declared === 1 ? '' : 's'} passed (deckcheck-expect)` : ''
  if (problems === 0) return note ? `${note}\n` : ''
  const summary = `✖ ${problems} problem${problems === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`
  return `\n${blocks.join('\n\n')}\n\n${paint(errors > 0 ? 'red' : 'yellow', summary)}\n${note ? `${note}\n` : ''}`
}

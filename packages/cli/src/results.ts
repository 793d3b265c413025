import type { DeckcheckMessage, DeckResult } from '@deckcheck/core'

/** Findings of one file, in the shape of ESLint's results (what the formatters read). */
export interface FileResult {
  filePath: string
  messages: ResultMessage[]
  /** Findings declared by `deckcheck-expect`: shown as suppressed, never counted. */
  suppressedMessages: ResultMessage[]
  errorCount: number
  warningCount: number
}

export interface ResultMessage {
  ruleId: string
  severity: 1 | 2
  message: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
}

function toMessage(m: DeckcheckMessage): ResultMessage {
  return {
    ruleId: m.ruleId ?? 'deckcheck',
    severity: m.severity === 'error' ? 2 : 1,
    message: m.reason,
    line: m.line ?? 1,
    column: m.column ?? 1,
    ...(m.endLine !== undefined ? { endLine: m.endLine, endColumn: m.endColumn } : {}),
  }
}

/** Group a deck's findings by the file they are in: the deck, its `src:` imports, `<<<` snippet files. */
export function toFileResults(deck: DeckResult, options: { quiet: boolean }): FileResult[] {
  const byFile = new Map<string, FileResult>()
  const entry = (path: string) => {
    let result = byFile.get(path)
    if (!result) {
      result = { filePath: path, messages: [], suppressedMessages: [], errorCount: 0, warningCount: 0 }
      byFile.set(path, result)
    }
    return result
  }
  entry(deck.file)
  for (const m of deck.messages) {
    if (options.quiet && m.severity !== 'error') continue
    const result = entry(m.file ?? deck.file)
    if (m.declared) {
      result.suppressedMessages.push(toMessage(m))
      continue
    }
    result.messages.push(toMessage(m))
    if (m.severity === 'error') result.errorCount++
    else result.warningCount++
  }
  return [...byFile.values()]
}

import type { Formatter } from './index.ts'

/** ESLint's JSON format, so tools that read ESLint results read deckcheck's. */
export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages,
      suppressedMessages: r.suppressedMessages.map((m) => ({ ...m, suppressions: [{ kind: 'directive', justification: 'deckcheck-expect: a deliberate bad example' }] })),
      errorCount: r.errorCount,
      fatalErrorCount: 0,
      warningCount: r.warningCount,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    })),
  )

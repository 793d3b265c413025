import { relative } from 'node:path'
import type { Formatter } from './index.ts'

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')

/**
 * JUnit XML as CI servers read it: a test suite per file, a failing test case per error or warning
 * (ESLint's junit formatter does the same), and one passing case for a clean file.
 */
export const junit: Formatter = (results, { cwd }) => {
  const suites = results.map((result) => {
    const name = escape(relative(cwd, result.filePath) || result.filePath)
    const cases = result.messages.map((m) => {
      const where = `${name}:${m.line}:${m.column}`
      const kind = m.severity === 2 ? 'Error' : 'Warning'
      return `    <testcase time="0" name="${escape(m.ruleId)} at ${where}" classname="${name}"><failure message="${escape(m.message)}" type="${kind}"><![CDATA[${kind} ${m.ruleId} at ${where}: ${m.message.replace(/]]>/g, ']]]]><![CDATA[>')}]]></failure></testcase>`
    })
    if (cases.length === 0) cases.push(`    <testcase time="0" name="${name}" classname="${name}" />`)
    const failures = result.messages.length
    return `  <testsuite package="deckcheck" time="0" tests="${cases.length}" errors="0" failures="${failures}" name="${name}">\n${cases.join('\n')}\n  </testsuite>`
  })
  return `<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n${suites.join('\n')}\n</testsuites>\n`
}

/**
 * Print the closing line CI reads, `N passed, N failed`, from the Vitest JSON reports that every
 * project's `test` target writes to dist/test-results (restored by Nx for cached runs too).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

interface VitestReport {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
}

function reports(dir: string): string[] {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return []
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return reports(path)
    return entry.name.endsWith('.json') ? [path] : []
  })
}

const totals = { passed: 0, failed: 0, skipped: 0 }
const files = reports(process.argv[2] ?? 'dist/test-results')
for (const file of files) {
  const report = JSON.parse(readFileSync(file, 'utf8')) as VitestReport
  totals.passed += report.numPassedTests
  totals.failed += report.numFailedTests
  totals.skipped += report.numPendingTests + report.numTodoTests
}
if (files.length === 0) {
  console.error(`no Vitest reports in ${process.argv[2] ?? 'dist/test-results'}: no test ran`)
  process.exit(1)
}
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`)

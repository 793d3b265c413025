import { relative } from 'node:path'
import type { Formatter } from './index.ts'

/** Escape per GitHub's workflow command rules: data escapes %, CR, LF; properties also : and ,. */
const data = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C')

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request. */
export const github: Formatter = (results, { cwd }) =>
  results
    .flatMap((result) =>
      result.messages.map((m) => {
        const fields = [`file=${property(relative(cwd, result.filePath))}`, `line=${m.line}`, `col=${m.column}`]
        if (m.endLine !== undefined) fields.push(`endLine=${m.endLine}`)
        if (m.endColumn !== undefined && m.endLine === m.line) fields.push(`endColumn=${m.endColumn}`)
        fields.push(`title=${property(m.ruleId)}`)
        return `::${m.severity === 2 ? 'error' : 'warning'} ${fields.join(',')}::${data(m.message)}\n`
      }),
    )
    .join('')

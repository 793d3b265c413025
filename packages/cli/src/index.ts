export { run, version, workspaceRoot, type Io } from './main.ts'
export { LANGUAGES } from './languages.ts'
export { FORMATTERS, type Formatter } from './formatters/index.ts'
export { toFileResults, type FileResult } from './results.ts'

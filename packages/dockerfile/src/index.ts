import { defineLanguage } from '@deckcheck/core'
import { parseDockerfile } from './parse.ts'
import { parserWarning } from './rules/parser-warning.ts'
import { syntax } from './rules/syntax.ts'

/** remark plugin: checks every Dockerfile snippet (```dockerfile, ```Dockerfile, ```docker, ```containerfile fences and imports). */
export const remarkDeckcheckDockerfile = defineLanguage({
  language: 'dockerfile',
  source: 'deckcheck-dockerfile',
  rules: [syntax, parserWarning],
  parse: parseDockerfile,
})

export {
  type DirectiveLine,
  type DockerPosition,
  type DockerRange,
  parseDockerfile,
  type ParsedDockerfile,
  rangeToPlace,
  type ValidationCodeName,
  type ValidatorDiagnostic,
} from './parse.ts'
export { HANDLING, type Handling, KEYWORDS } from './diagnostics.ts'

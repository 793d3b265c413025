import { CORE_RULES } from '@deckcheck/core'
import { testRuleDocs } from '@deckcheck/core/testing'
import { LANGUAGES } from '../src/languages.ts'

// deckcheck's own rules, with every language loaded (their examples use YAML rules).
testRuleDocs(Object.values(CORE_RULES), LANGUAGES)

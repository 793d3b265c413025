import { testRuleDocs } from '@deckcheck/core/testing'
import { remarkDeckcheckMermaid } from '../src/index.ts'

testRuleDocs(remarkDeckcheckMermaid.definition.rules, [remarkDeckcheckMermaid])

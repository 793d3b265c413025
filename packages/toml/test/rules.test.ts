import { testRuleDocs } from '@deckcheck/core/testing'
import { remarkDeckcheckToml } from '../src/index.ts'

testRuleDocs(remarkDeckcheckToml.definition.rules, [remarkDeckcheckToml])

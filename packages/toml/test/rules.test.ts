import { testRuleDocs } from '@deckcheck/core/testing'
import { remarkDeckcheckRequirements, remarkDeckcheckToml } from '../src/index.ts'

testRuleDocs(remarkDeckcheckToml.definition.rules, [remarkDeckcheckToml])
testRuleDocs(remarkDeckcheckRequirements.definition.rules, [remarkDeckcheckRequirements])

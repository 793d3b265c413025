import { testRuleDocs } from '@deckcheck/core/testing'
import { remarkDeckcheckYaml } from '../src/index.ts'

testRuleDocs(remarkDeckcheckYaml.definition.rules, [remarkDeckcheckYaml])

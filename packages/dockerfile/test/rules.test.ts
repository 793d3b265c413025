import { testRuleDocs } from '@deckcheck/core/testing'
import { remarkDeckcheckDockerfile } from '../src/index.ts'

testRuleDocs(remarkDeckcheckDockerfile.definition.rules, [remarkDeckcheckDockerfile])

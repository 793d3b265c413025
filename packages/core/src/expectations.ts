import type { VFile } from 'vfile'
import { CORE_RULES } from './core-rules.ts'
import { type DeckcheckMessage, report } from './report.ts'
import { findRule, ruleMatches } from './rules.ts'

/**
 * The last plugin of a run: settles `deckcheck-expect`. Findings of the listed rules on the block
 * become expected (they count as passed); a listed rule that reported nothing is an unmet
 * expectation; a name that is no rule is an invalid directive.
 */
export function remarkDeckcheckExpectations() {
  return (_tree: unknown, file: VFile) => {
    const data = file.data.deckcheck
    if (!data) return
    const messages = file.messages as unknown as DeckcheckMessage[]
    for (const snippet of data.snippets) {
      const at = snippet.directives.expectAt ?? snippet.range
      for (const name of snippet.directives.disable) {
        if (!findRule(data.rules, name)) {
          report(file, CORE_RULES.invalidDirective, snippet.deckFile, at, `deckcheck-disable names unknown rule "${name}": run \`deckcheck rules\` for the ids and aliases.`)
        }
      }
      if (snippet.directives.skip) continue
      for (const name of snippet.directives.expect) {
        const rule = findRule(data.rules, name)
        if (!rule) {
          report(file, CORE_RULES.invalidDirective, snippet.deckFile, at, `deckcheck-expect names unknown rule "${name}": run \`deckcheck rules\` for the ids and aliases.`)
          continue
        }
        if (data.setting(rule).severity === 'off' || snippet.directives.disable.some((d) => ruleMatches(rule, d))) {
          report(file, CORE_RULES.unmetExpectation, snippet.deckFile, at, `deckcheck-expect ${name}: the rule ${rule.id} is off for this block, so the expectation cannot hold. Turn the rule on or remove it from the directive.`, snippet.index)
          continue
        }
        const hits = messages.filter((m) => m.snippet === snippet.index && m.ruleId === rule.id)
        for (const hit of hits) hit.declared = true
        if (hits.length === 0) {
          report(file, CORE_RULES.unmetExpectation, snippet.deckFile, at, `This block is declared to trigger ${name === rule.id ? rule.id : `${name} (${rule.id})`}, but it does not. Make the bad example show the problem, or remove ${name} from deckcheck-expect.`, snippet.index)
        }
      }
    }
  }
}

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkDeck, type DeckResult } from '@deckcheck/core'
import { LANGUAGES } from 'deckcheck'

/** A throw-away workspace (nx.json marks its root) holding the given files. */
export function workspace(files: Record<string, string | Buffer> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'deckcheck-robust-'))
  writeFileSync(join(root, 'nx.json'), '{}')
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  return root
}

/** Check a deck with every language, as the CLI does. */
export function check(root: string, deck = 'decks/talk/slides.md', text?: string): Promise<DeckResult> {
  return checkDeck(join(root, deck), { root, languages: LANGUAGES }, text)
}

/** `line:column ruleId` of each finding, for compact assertions. */
export function summary(result: DeckResult): string[] {
  return result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)
}

import { readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

/**
 * Files outside its own folder that a deck reads: `src:` slide imports and `<<<` snippet imports.
 * A cheap scan (no Markdown parse) so that Nx knows a deck's inputs and the decks it depends on.
 */
export function externalImports(workspaceRoot: string, deckFile: string): string[] {
  const deckDir = dirname(resolve(workspaceRoot, deckFile))
  const found = new Set<string>()
  const visit = (file: string, seen: Set<string>) => {
    if (seen.has(file)) return
    seen.add(file)
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch {
      return
    }
    for (const match of text.matchAll(/^src\s*:\s*['"]?([^'"#\s]+)/gm)) {
      const target = match[1]!.startsWith('/') ? join(deckDir, match[1]!) : resolve(dirname(file), match[1]!)
      found.add(target)
      if (target.endsWith('.md')) visit(target, seen)
    }
    for (const match of text.matchAll(/^\s*<<<\s+(\S+)/gm)) {
      const path = match[1]!.split('#')[0]!
      found.add(path.startsWith('@/') ? join(deckDir, path.slice(2)) : resolve(dirname(file), path))
    }
  }
  visit(resolve(workspaceRoot, deckFile), new Set())
  return [...found].filter((file) => !file.startsWith(`${deckDir}/`)).map((file) => relative(workspaceRoot, file)).sort()
}

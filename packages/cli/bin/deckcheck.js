#!/usr/bin/env node
// Plain JavaScript on purpose: it must run on any Node to say which Node deckcheck needs.
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `deckcheck: needs Node >= 22.12 (this is ${process.versions.node}); run it through npx or npm scripts, which use the workspace's Node 24 from node_modules/.bin.`,
  )
  process.exit(2)
}
const args = process.argv.slice(2)
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  // Fast path: the version needs none of the parsers, rules or formatters (cold start, issue 8).
  const { readFileSync } = await import('node:fs')
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`)
} else {
  const { run } = await import('../src/main.ts')
  process.exitCode = await run(args)
}

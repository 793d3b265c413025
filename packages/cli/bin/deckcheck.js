#!/usr/bin/env node
// Plain JavaScript on purpose: it must run on any Node to say which Node deckcheck needs.
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `deckcheck: needs Node >= 22.12 (this is ${process.versions.node}); run it through npx or npm scripts, which use the workspace's Node 24 from node_modules/.bin.`,
  )
  process.exit(2)
}
const { run } = await import('../src/main.ts')
process.exitCode = await run(process.argv.slice(2))

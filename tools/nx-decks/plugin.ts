import { existsSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { CreateDependencies, CreateNodes, DependencyType, RawProjectGraphDependency, TargetConfiguration } from 'nx/src/devkit-exports.js'
import { externalImports } from './imports.ts'

/** What a deck's checks depend on besides the deck itself: deckcheck's code and configuration. */
const CHECKER_INPUTS = [
  '{workspaceRoot}/packages/*/src/**/*',
  '{workspaceRoot}/packages/*/package.json',
  '{workspaceRoot}/tools/nx-decks/*.ts',
  '{workspaceRoot}/deckcheck.json',
  '{workspaceRoot}/package-lock.json',
]

export function deckTargets(name: string, root: string, imported: string[]): Record<string, TargetConfiguration> {
  const deckInputs = [`{projectRoot}/**/*`, ...imported.map((file) => `{workspaceRoot}/${file}`)]
  const slidevInputs = [...deckInputs, '{workspaceRoot}/package-lock.json']
  return {
    test: {
      executor: 'nx:run-commands',
      cache: true,
      inputs: [...deckInputs, ...CHECKER_INPUTS],
      outputs: [`{workspaceRoot}/dist/test-results/decks/${name}.json`],
      options: {
        cwd: '{workspaceRoot}',
        env: { DECK: `${root}/slides.md` },
        command: `vitest run --config tools/nx-decks/deck.vitest.config.ts --reporter=default --reporter=json --outputFile.json=dist/test-results/decks/${name}.json`,
      },
      metadata: { description: 'Check every snippet of the deck; each snippet is a test case with its file and line.' },
    },
    dev: {
      executor: 'nx:run-commands',
      continuous: true,
      options: { cwd: '{projectRoot}', command: 'slidev slides.md' },
      metadata: { description: 'Present the deck with Slidev; deckcheck re-checks it on every save.' },
    },
    build: {
      executor: 'nx:run-commands',
      cache: true,
      inputs: slidevInputs,
      outputs: [`{workspaceRoot}/dist/decks/${name}`],
      options: { cwd: '{projectRoot}', command: `slidev build slides.md --base ./ --out ../../dist/decks/${name}` },
      metadata: { description: `Build the deck as static HTML in dist/decks/${name}.` },
    },
    export: {
      executor: 'nx:run-commands',
      cache: true,
      // Each export drives a Chromium; on a small machine two at once starve each other.
      parallelism: false,
      inputs: slidevInputs,
      outputs: [`{workspaceRoot}/dist/decks/${name}.pdf`],
      options: { cwd: '{workspaceRoot}', command: `node tools/nx-decks/export.ts ${root}/slides.md dist/decks/${name}.pdf` },
      metadata: { description: `Export the deck to PDF in dist/decks/${name}.pdf with Chromium.` },
    },
  }
}

/** Every `decks/<name>/slides.md` is a project named `<name>`: adding a deck is adding the folder. */
export const createNodes: CreateNodes = [
  'decks/*/slides.md',
  (files, _options, context) =>
    files.map((file) => {
      const root = dirname(file)
      const name = basename(root)
      const imported = externalImports(context.workspaceRoot, file)
      return [file, { projects: { [root]: { name, root, projectType: 'application', tags: ['deck'], targets: deckTargets(name, root, imported) } } }] as const
    }),
]

export const createNodesV2 = createNodes

/** A deck that imports slides or snippets from another deck depends on it (for `nx affected`). */
export const createDependencies: CreateDependencies = (_options, context) => {
  const deckOf = new Map<string, string>()
  for (const [name, project] of Object.entries(context.projects)) {
    if (project.tags?.includes('deck')) deckOf.set(project.root, name)
  }
  const dependencies: RawProjectGraphDependency[] = []
  for (const [root, source] of deckOf) {
    const file = join(root, 'slides.md')
    if (!existsSync(join(context.workspaceRoot, file))) continue
    const targets = new Set(externalImports(context.workspaceRoot, file).map((path) => deckOf.get(path.split('/').slice(0, 2).join('/'))))
    for (const target of targets) {
      if (target && target !== source) dependencies.push({ source, target, sourceFile: file, type: 'static' as DependencyType.static })
    }
  }
  return dependencies
}

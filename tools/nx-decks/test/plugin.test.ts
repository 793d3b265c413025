import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findChromium } from '../export.ts'
import { externalImports } from '../imports.ts'
import { createDependencies, createNodes } from '../plugin.ts'

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'nx-decks-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

const AGENDA = ['# Agenda', '', '---', 'src: ../talk/slides.md#2-3', '---', '', '---', '', '<<< @/../talk/snippets/app.toml', ''].join('\n')

describe('createNodes', () => {
  it('turns every decks/<name>/slides.md into a project with test, dev, build and export', async () => {
    const root = workspace({ 'decks/talk/slides.md': '# Talk\n', 'decks/agenda/slides.md': AGENDA, 'decks/talk/snippets/app.toml': '' })
    const [, create] = createNodes
    const results = await create(['decks/talk/slides.md', 'decks/agenda/slides.md'], undefined, { workspaceRoot: root, nxJsonConfiguration: {}, configFiles: [] } as never)
    const talk = results[0]![1].projects!['decks/talk']!
    expect(talk.name).toBe('talk')
    expect(Object.keys(talk.targets!)).toEqual(['test', 'dev', 'build', 'export'])
    expect(talk.targets!.test).toMatchObject({
      cache: true,
      outputs: ['{workspaceRoot}/dist/test-results/decks/talk.json'],
      options: { env: { DECK: 'decks/talk/slides.md' } },
    })
    expect(talk.targets!.test!.inputs).toContain('{workspaceRoot}/packages/*/src/**/*')
    expect(talk.targets!.build!.outputs).toEqual(['{workspaceRoot}/dist/decks/talk'])
    expect(talk.targets!.export).toMatchObject({ outputs: ['{workspaceRoot}/dist/decks/talk.pdf'], parallelism: false })
    expect(talk.targets!.dev).toMatchObject({ continuous: true })
    expect(talk.targets!.dev!.cache).toBeUndefined()
    // A deck's inputs include the files it imports from other decks.
    const agenda = results[1]![1].projects!['decks/agenda']!
    expect(agenda.targets!.test!.inputs).toEqual(expect.arrayContaining(['{workspaceRoot}/decks/talk/slides.md', '{workspaceRoot}/decks/talk/snippets/app.toml']))
  })
})

describe('imports and dependencies', () => {
  it('finds src: and <<< imports outside the deck folder, following imported Markdown', () => {
    const root = workspace({
      'decks/agenda/slides.md': AGENDA + '\n---\nsrc: ./local.md\n---\n',
      'decks/agenda/local.md': '---\nsrc: /../shared/part.md\n---\n',
      'decks/shared/part.md': '<<< ./code.yaml\n',
      'decks/talk/slides.md': '# Talk\n',
    })
    expect(externalImports(root, 'decks/agenda/slides.md')).toEqual(['decks/shared/code.yaml', 'decks/shared/part.md', 'decks/talk/slides.md', 'decks/talk/snippets/app.toml'])
  })

  it('makes a deck that imports another deck depend on it', async () => {
    const root = workspace({ 'decks/talk/slides.md': '# Talk\n', 'decks/agenda/slides.md': AGENDA })
    const projects = { agenda: { root: 'decks/agenda', tags: ['deck'] }, talk: { root: 'decks/talk', tags: ['deck'] }, core: { root: 'packages/core' } }
    const dependencies = await createDependencies(undefined, { workspaceRoot: root, projects, externalNodes: {}, fileMap: {} as never, filesToProcess: {} as never, nxJsonConfiguration: {} })
    expect(dependencies).toEqual([{ source: 'agenda', target: 'talk', sourceFile: 'decks/agenda/slides.md', type: 'static' }])
  })
})

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH, then the usual install paths, else nothing', () => {
    const has = (paths: string[]) => (path: string) => paths.includes(path)
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, has(['/opt/chrome', '/usr/bin/chromium']))).toBe('/opt/chrome')
    expect(findChromium({ CHROMIUM_PATH: '/opt/missing' }, has(['/usr/bin/chromium']))).toBeUndefined()
    expect(findChromium({}, has(['/usr/bin/google-chrome']))).toBe('/usr/bin/google-chrome')
    expect(findChromium({}, has([]))).toBeUndefined()
  })
})

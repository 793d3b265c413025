import { checkMarkdown } from '@deckcheck/core/testing'
import { describe, expect, it } from 'vitest'
import { remarkDeckcheckMermaid } from '../src/index.ts'

/** Every finding of a deck as `line:column-endLine:endColumn rule message`. */
async function findings(markdown: string): Promise<string[]> {
  const result = await checkMarkdown(markdown, [remarkDeckcheckMermaid])
  return result.messages.map((m) => `${m.line}:${m.column}${m.endLine ? `-${m.endLine}:${m.endColumn}` : ''} ${m.ruleId} ${m.reason}`)
}

/** A deck whose mermaid fence opens on line 5, so the diagram's first line is deck line 6. */
function deck(diagram: string): string {
  return `# Pipelines\n\nHow a change reaches production:\n\n\`\`\`mermaid\n${diagram}\n\`\`\`\n`
}

describe('mermaid/syntax positions', () => {
  it('puts a flowchart error on its deck line, at the unexpected arrow', async () => {
    const [finding, ...rest] = await findings(deck('flowchart LR\n  build --> test\n  test -> deploy'))
    expect(rest).toEqual([])
    expect(finding).toMatch(/^8:8 mermaid\/syntax Mermaid cannot parse this flowchart: expecting 'SEMI', 'NEWLINE', .*got 'MINUS' — fix the line/)
    expect(finding).not.toContain('\n')
  })

  it('points at the unclosed bracket whose label swallowed the rest of a flowchart', async () => {
    const [finding] = await findings(deck('flowchart TD\n  build --> test(run tests\n  test --> deploy'))
    expect(finding).toMatch(/^7:18-8:18 mermaid\/syntax .*got the end of the diagram/)
  })

  it('puts a sequenceDiagram error at the end of the message line that lacks its text', async () => {
    expect(await findings(deck('sequenceDiagram\n  Alice->>Bob: Is the build green?\n  Bob-->>Alice\n  Alice->>Bob: Thanks'))).toEqual([
      "8:15 mermaid/syntax Mermaid cannot parse this sequenceDiagram: expecting 'TXT', got 'NEWLINE' — fix the line or check the sequenceDiagram syntax in the Mermaid docs.",
    ])
  })

  it('names the first word of an unknown diagram type and suggests the closest one', async () => {
    expect(await findings(deck('flowchat TD\n  A --> B'))).toEqual(["6:1-6:9 mermaid/syntax 'flowchat' is not a Mermaid diagram type: did you mean 'flowchart'?"])
    const [finding] = await findings(deck('deployment\n  A --> B'))
    expect(finding).toMatch(/^6:1-6:11 mermaid\/syntax 'deployment' is not a Mermaid diagram type: start the diagram with one/)
  })

  it('places errors of langium-based diagrams (pie, gitGraph) by their offsets', async () => {
    expect(await findings(deck('pie title Languages\n  "TypeScript": many'))).toEqual([
      "7:17-7:21 mermaid/syntax Mermaid cannot parse this pie diagram: unexpected text 'many' — fix the line or check the pie syntax in the Mermaid docs.",
    ])
    const [finding] = await findings(deck('gitGraph\n  commit\n  branch\n  commit'))
    expect(finding).toMatch(/^8:9-9:1 mermaid\/syntax Mermaid cannot parse this gitGraph: expecting: .*\[REFERENCE\].* but found: the end of the line/)
  })

  it('counts the front matter, directives and comments that mermaid strips before parsing', async () => {
    const diagram = '---\ntitle: Release\n---\n%%{init: {"theme": "neutral"}}%%\nsequenceDiagram\n  %% the reviewer\n\n  Alice->>Bob: Ready?\n  Bob-->>Alice'
    expect((await findings(deck(diagram)))[0]).toMatch(/^14:15 mermaid\/syntax Mermaid cannot parse this sequenceDiagram/)
  })

  it('reports invalid YAML in the front matter', async () => {
    const [finding] = await findings(deck('---\ntitle: Release\n  theme: : dark\n---\nflowchart LR\n  A --> B'))
    expect(finding).toMatch(/^8:\d+ mermaid\/syntax Mermaid cannot read the front matter of this diagram: bad indentation/)
  })
})

describe('valid diagrams', () => {
  const diagrams: Record<string, string> = {
    flowchart: 'flowchart LR\n  dev[Developer] -->|push| ci{CI green?}\n  ci -->|yes| prod[(Production)]\n  ci -->|no| dev',
    sequenceDiagram: 'sequenceDiagram\n  participant A as Alice\n  A->>+Bob: Deploy?\n  Bob-->>-A: Done\n  Note over A,Bob: <b>shipped</b>',
    classDiagram: 'classDiagram\n  class Deck {\n    +String title\n    +check() bool\n  }\n  Deck <|-- Talk',
    stateDiagram: 'stateDiagram-v2\n  [*] --> Draft\n  Draft --> Review\n  Review --> [*]',
    erDiagram: 'erDiagram\n  DECK ||--o{ SLIDE : contains\n  SLIDE { string title }',
    gitGraph: 'gitGraph\n  commit\n  branch feature\n  checkout feature\n  commit\n  checkout main\n  merge feature',
    pie: 'pie title Languages\n  "TypeScript": 70\n  "Python": 30',
    mindmap: 'mindmap\n  root((deckcheck))\n    YAML\n    Mermaid\n      syntax',
    'front matter and directives': '---\ntitle: Flow\nconfig:\n  theme: forest\n---\n%%{init: {"flowchart": {"curve": "basis"}}}%%\nflowchart TD\n  %% a comment\n  A --> B',
  }
  for (const [name, diagram] of Object.entries(diagrams)) {
    it(`accepts a ${name}`, async () => {
      expect(await findings(deck(diagram))).toEqual([])
    })
  }
})

describe('a deck with several diagrams', () => {
  it('reports only the broken one, on its own line', async () => {
    const markdown = [
      '# Build', '', '```mermaid', 'flowchart LR', '  a --> b', '```', '', '---', '',
      '# Review', '', '```mermaid', 'sequenceDiagram', '  Alice->>Bob: ok?', '  Bob-->>Alice', '```', '', '---', '',
      '# Ship', '', '```mermaid', 'pie', '  "done": 1', '```', '',
    ].join('\n')
    expect((await findings(markdown)).map((f) => f.split(' mermaid/syntax ')[0])).toEqual(['15:15'])
  })
})

describe('robustness', () => {
  it('survives broken diagrams of every parser family without crashing the process', async () => {
    const escaped: unknown[] = []
    const record = (error: unknown) => escaped.push(error)
    process.on('unhandledRejection', record)
    process.on('uncaughtException', record)
    try {
      const broken = [
        'flowchart TD\n  A --> B(', 'sequenceDiagram\n  deactivate Bob', 'classDiagram\n  class A {', 'stateDiagram-v2\n  [*] -->',
        'erDiagram\n  A ||--o{', 'gantt\n  bogus bogus', 'timeline\n  : x', 'sankey-beta\n  a,b', 'C4Context\n  Person(', 'kanban\n  (',
        'pie\n  "a": x', 'gitGraph\n  merge', 'architecture-beta\n  service', 'mindmap\n', 'journey\n  §', 'xychart-beta\n  bar [',
      ]
      const markdown = broken.map((diagram) => `\`\`\`mermaid\n${diagram}\n\`\`\``).join('\n\n---\n\n')
      const result = await checkMarkdown(markdown, [remarkDeckcheckMermaid])
      expect(result.messages.filter((m) => m.ruleId !== 'mermaid/syntax')).toEqual([])
      expect(result.messages.length).toBeGreaterThanOrEqual(broken.length - 2)
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(escaped).toEqual([])
      // Mermaid's shared state is not left broken.
      expect(await findings(deck('flowchart LR\n  a --> b'))).toEqual([])
    } finally {
      process.off('unhandledRejection', record)
      process.off('uncaughtException', record)
    }
  })
})

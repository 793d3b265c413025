import type { Rule } from '@deckcheck/core'
import type { MermaidProblem, ParsedMermaid } from '../parse.ts'

/** Type keywords a diagram can start with, for "did you mean" (mermaid decides what is valid). */
const TYPES = [
  'flowchart', 'graph', 'sequenceDiagram', 'classDiagram', 'stateDiagram-v2', 'erDiagram', 'journey', 'gantt', 'pie',
  'quadrantChart', 'requirementDiagram', 'gitGraph', 'C4Context', 'mindmap', 'timeline', 'sankey-beta', 'xychart-beta',
  'block-beta', 'packet-beta', 'kanban', 'architecture-beta', 'radar-beta', 'treemap-beta',
]

export const syntax: Rule<ParsedMermaid> = {
  id: 'mermaid/syntax',
  aliases: ['mermaid-syntax'],
  language: 'mermaid',
  category: 'syntax',
  severity: 'error',
  docs: {
    description: 'Mermaid diagrams that mermaid cannot parse: syntax errors, unknown diagram types, broken front matter.',
    why: 'Slidev renders the diagram with mermaid when the slide is shown; a diagram that does not parse shows an error box instead, in front of the audience.',
    bad: [
      { code: 'flowchart LR\n  build --> test\n  test -> deploy\n' },
      { code: 'sequenceDiagram\n  Alice->>Bob: Is the build green?\n  Bob-->>Alice\n' },
      { code: 'flowchat TD\n  A --> B\n' },
      { code: 'pie title Languages\n  "TypeScript": many\n' },
      { code: '---\ntitle: [Deploy\n---\nflowchart LR\n  build --> deploy\n' },
    ],
    good: [
      { code: 'flowchart LR\n  build --> test --> deploy\n' },
      { code: 'sequenceDiagram\n  Alice->>Bob: Is the build green?\n  Bob-->>Alice: Yes\n' },
      { code: '---\ntitle: Pipeline\n---\n%%{init: {"theme": "neutral"}}%%\nflowchart LR\n  %% the happy path\n  build --> deploy\n' },
      { code: 'pie title Languages\n  "TypeScript": 70\n  "Python": 30\n' },
    ],
    references: ['https://mermaid.js.org/intro/syntax-reference.html', 'https://sli.dev/features/mermaid'],
  },
  check({ parsed, report }) {
    const { problem } = parsed
    if (problem) report({ message: messageFor(problem), place: { offset: problem.offset, endOffset: problem.endOffset } })
  },
}

function messageFor(problem: MermaidProblem): string {
  switch (problem.kind) {
    case 'empty':
      return 'The diagram is empty: start it with its type (flowchart, sequenceDiagram, …) or remove the block.'
    case 'type': {
      const guess = closest(problem.keyword)
      return guess
        ? `'${problem.keyword}' is not a Mermaid diagram type: did you mean '${guess}'?`
        : `'${problem.keyword}' is not a Mermaid diagram type: start the diagram with one, such as flowchart, sequenceDiagram or classDiagram.`
    }
    case 'front-matter':
      return `Mermaid cannot read the front matter of this diagram: ${problem.reason} — fix the YAML between the '---' lines.`
    case 'syntax': {
      const name = /diagram|chart|graph/i.test(problem.keyword) ? problem.keyword : `${problem.keyword} diagram`
      const reason = problem.reason.replace(/^[A-Z](?=[a-z])/, (letter) => letter.toLowerCase())
      return `Mermaid cannot parse this ${name}: ${reason} — fix the line or check the ${problem.keyword} syntax in the Mermaid docs.`
    }
  }
}

/** The known type within two edits of a misspelled one, ignoring case. */
function closest(word: string): string | undefined {
  let best: { type: string; distance: number } | undefined
  for (const type of TYPES) {
    const distance = editDistance(word.toLowerCase(), type.toLowerCase())
    if (distance <= 2 && (!best || distance < best.distance)) best = { type, distance }
  }
  return best?.type
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length]!
}

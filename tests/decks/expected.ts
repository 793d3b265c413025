import { readDeck, readSource } from '@deckcheck/core'
import type { RootContent } from 'mdast'

export interface ExpectedSlide {
  number: number
  /** The slide's first heading as text, when it has one. */
  title?: string
  mermaid: number
  code: number
}

function text(node: RootContent): string {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value
  return 'children' in node ? (node.children as RootContent[]).map(text).join('') : ''
}

function first<T extends RootContent>(nodes: RootContent[], type: T['type']): T | undefined {
  for (const node of nodes) {
    if (node.type === type) return node as T
    if ('children' in node) {
      const found = first<T>(node.children as RootContent[], type)
      if (found) return found
    }
  }
  return undefined
}

function count(nodes: RootContent[], test: (node: RootContent) => boolean): number {
  return nodes.reduce((sum, node) => sum + (test(node) ? 1 : 0) + ('children' in node ? count(node.children as RootContent[], test) : 0), 0)
}

/** What the built deck must show, read with deckcheck's own Slidev-compatible reader. */
export function expectedSlides(deckFile: string, root: string): ExpectedSlide[] {
  const deck = readDeck(readSource(deckFile, { root, maxBytes: 10 * 1024 * 1024 }), { root, maxBytes: 10 * 1024 * 1024 })
  return deck.tree.children
    .filter((slide) => slide.data.shown)
    .map((slide) => {
      const heading = first(slide.children, 'heading')
      return {
        number: slide.data.number,
        title: heading ? text(heading).trim() : undefined,
        mermaid: count(slide.children, (n) => n.type === 'code' && n.lang === 'mermaid'),
        code: count(slide.children, (n) => n.type === 'code' && n.lang !== 'mermaid'),
      }
    })
}

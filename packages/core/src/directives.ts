/**
 * deckcheck's own comments. Written right before a fence, they are invisible on the slide and,
 * being followed by the block, never the slide's last comment, so Slidev keeps them out of the
 * presenter notes.
 *
 *   <!-- deckcheck-expect DL3007, yaml/syntax -->   a deliberate bad example: these must be reported
 *   <!-- deckcheck-skip -->                         pseudo-code: not checked
 *   <!-- deckcheck-disable DL3008 -->               these rules are off for the block
 *   <!-- deckcheck-file pyproject.toml library -->  the block's file name and role words
 */
export type DirectiveName = 'expect' | 'skip' | 'disable' | 'file'

export interface Directive {
  name: DirectiveName | string
  /** Comma- or space-separated arguments. */
  args: string[]
  /** 0-based offset of the comment in the scanned text. */
  offset: number
  length: number
}

export const DIRECTIVE_NAMES: readonly string[] = ['expect', 'skip', 'disable', 'file']

const COMMENT = /<!--\s*deckcheck-([\w-]*)([\s\S]*?)-->/g

/** Every `<!-- deckcheck-… -->` comment in an HTML node's text. */
export function parseDirectives(html: string): Directive[] {
  const found: Directive[] = []
  for (const match of html.matchAll(COMMENT)) {
    found.push({
      name: match[1] ?? '',
      args: (match[2] ?? '').split(/[\s,]+/).filter(Boolean),
      offset: match.index ?? 0,
      length: match[0].length,
    })
  }
  return found
}

/** True when the HTML node holds nothing but deckcheck comments and white space. */
export function isOnlyDirectives(html: string): boolean {
  return html.replace(COMMENT, '').trim() === ''
}

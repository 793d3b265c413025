import type { Mermaid } from 'mermaid'

let loading: Promise<Mermaid> | undefined

/**
 * Mermaid, loaded on first use and once per process: it takes most of a second to import, and
 * listing rules or checking a deck without diagrams should not pay for it.
 */
export function loadMermaid(): Promise<Mermaid> {
  loading ??= importWithDom()
  return loading
}

async function importWithDom(): Promise<Mermaid> {
  // DOMPurify, which mermaid sanitizes labels with, looks for `window` when it is imported; without
  // one it is a stub, and flowcharts fail with "DOMPurify.addHook is not a function". linkedom is
  // a DOM and nothing else: no script evaluation (node:vm), no fetch, no sockets, unlike a browser
  // emulation, so the check path stays free of them.
  const { parseHTML } = await import('linkedom')
  const { window } = parseHTML('<!doctype html><html><head></head><body></body></html>')
  const globals = globalThis as Record<string, unknown>
  // Only where absent, so that a real or test DOM stays in charge.
  globals.window ??= window
  globals.document ??= window.document
  const { default: mermaid } = await import('mermaid')
  mermaid.initialize({ startOnLoad: false })
  return mermaid
}

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
  // one it is a stub, and flowcharts fail with "DOMPurify.addHook is not a function".
  const { Window } = await import('happy-dom')
  const window = new Window({ settings: { disableJavaScriptFileLoading: true } })
  const globals = globalThis as Record<string, unknown>
  // Only where absent, so that a real or test DOM stays in charge.
  globals.window ??= window
  globals.document ??= window.document
  const { default: mermaid } = await import('mermaid')
  mermaid.initialize({ startOnLoad: false })
  return mermaid
}

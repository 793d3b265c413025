// One worker thread of a parallel run (parallel.ts): checks the decks it is sent, one at a time.
import { parentPort, workerData } from 'node:worker_threads'
import { checkDeck } from '@deckcheck/core'
import { LANGUAGES } from './languages.ts'
import { toFileResults } from './results.ts'

const { root, quiet } = workerData as { root: string; quiet: boolean }

parentPort!.on('message', async ({ index, path }: { index: number; path: string }) => {
  try {
    parentPort!.postMessage({ index, results: toFileResults(await checkDeck(path, { root, languages: LANGUAGES }), { quiet }) })
  } catch {
    // The main thread checks this deck again and reports the error the usual way.
    parentPort!.postMessage({ index, failed: true })
  }
})

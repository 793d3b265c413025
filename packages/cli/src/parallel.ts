import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { FileResult } from './results.ts'

/**
 * How many worker threads check the decks: `DECKCHECK_THREADS=N` (N > 1) spreads the decks over N
 * threads, `DECKCHECK_THREADS=auto` over the machine's cores; unset or 1, one thread (the default).
 * Never more threads than decks: a deck is the unit of work.
 */
export function threadCount(decks: number, setting = process.env.DECKCHECK_THREADS): number {
  if (!setting) return 1
  const wanted = setting === 'auto' ? availableParallelism() : Number(setting)
  if (!Number.isInteger(wanted) || wanted < 2) return 1
  return Math.max(1, Math.min(wanted, decks))
}

interface Done {
  index: number
  results?: FileResult[]
  failed?: boolean
}

/**
 * Check decks in worker threads, each with its own parsers and rules; results come back in deck
 * order. A deck whose check threw in a worker is returned as `undefined`, for the caller to check
 * again on the main thread, where the error is reported as usual.
 */
export async function checkInThreads(decks: string[], options: { root: string; quiet: boolean }, threads: number): Promise<(FileResult[] | undefined)[]> {
  const results: (FileResult[] | undefined)[] = new Array(decks.length)
  let next = 0
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./worker.ts', import.meta.url), { workerData: options }))
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((done, fail) => {
            const send = () => {
              if (next >= decks.length) return done()
              const index = next++
              worker.postMessage({ index, path: decks[index] })
            }
            worker.on('message', (message: Done) => {
              results[message.index] = message.failed ? undefined : message.results
              send()
            })
            worker.on('error', fail)
            send()
          }),
      ),
    )
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return results
}

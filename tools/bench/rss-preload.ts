/**
 * Loaded with `node --import` into every Node process the benchmark starts (through NODE_OPTIONS):
 * on exit it appends the process's peak resident memory (kB) to the file BENCH_RSS_FILE names, so
 * peak memory is measured without /usr/bin/time.
 */
import { appendFileSync } from 'node:fs'

const file = process.env.BENCH_RSS_FILE
if (file) process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`))

/**
 * `nx run <deck>:export`: Slidev's PDF export, driving the machine's Chromium. Playwright's own
 * browser download is not available everywhere (and never needed): find an installed Chromium or
 * say in one line how to get one.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium']

export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string | undefined {
  const configured = env.CHROMIUM_PATH
  if (configured) return exists(configured) ? configured : undefined
  return CANDIDATES.find(exists)
}

async function main(): Promise<number> {
  const [deck, output] = process.argv.slice(2)
  if (!deck || !output) {
    console.error('usage: node tools/nx-decks/export.ts decks/<name>/slides.md dist/decks/<name>.pdf')
    return 2
  }
  const chromium = findChromium()
  if (!chromium) {
    const wanted = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist` : 'no Chromium found'
    console.error(`export: ${wanted}; install one with \`apt-get install -y chromium\` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium or Chrome binary.`)
    return 1
  }
  const out = resolve(output)
  mkdirSync(dirname(out), { recursive: true })
  // --per-slide: printing the whole deck as one page (Slidev's default) dropped the last slides of
  // a 43-slide deck here (38 pages, the last one blank) and could print a slide still "Loading…";
  // one page per slide, each waited for, gives every slide.
  const result = spawnSync('slidev', ['export', resolve(deck), '--output', out, '--executable-path', chromium, '--timeout', '60000', '--per-slide'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    cwd: dirname(resolve(deck)),
  })
  return result.status ?? 1
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main()

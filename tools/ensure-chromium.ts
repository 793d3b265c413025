/**
 * Deck export and the end-to-end tests drive a real Chromium (Playwright's own browser download is
 * not available everywhere). Use the one installed; as root on Debian or Ubuntu, install it, with
 * the colour emoji font the talks' slides use; otherwise say in one line how to get one.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { findChromium } from './nx-decks/export.ts'

const found = findChromium()
if (found) process.exit(0)
if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('Chromium not found: installing Debian\'s chromium and fonts-noto-color-emoji packages…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-color-emoji'], { stdio: 'inherit', env })
  if (install && install.status === 0 && findChromium()) process.exit(0)
}
console.error('Chromium not found: install it (`sudo apt-get install -y chromium` on Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium or Chrome binary.')
process.exit(1)

/**
 * The decks as users get them: built to HTML and exported to PDF by the decks' Nx targets (this
 * project's `test` depends on every deck's `build` and `export`), then opened in headless Chromium.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { type Browser, chromium } from 'playwright-core'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findChromium } from '../../tools/nx-decks/export.ts'
import { expectedSlides } from './expected.ts'
import { serve } from './serve.ts'

const repo = resolve(import.meta.dirname, '../..')
const artifacts = join(repo, 'tests/artifacts')
const decks = readdirSync(join(repo, 'decks')).filter((name) => existsSync(join(repo, 'decks', name, 'slides.md'))).sort()

/**
 * Console errors that every Slidev 53 build logs, whatever the deck: Slidev's client installs the
 * twoslash FloatingVue patch of @shikijs/vitepress-twoslash 4.4 (the newest this registry can
 * install), which no longer finds floating-vue 5.4's Popper. It only affects dragging twoslash
 * tooltips, which these decks do not use.
 */
const UPSTREAM_NOISE = [/^console: Failed to patch FloatingVue TypeError: Cannot read properties of undefined \(reading 'Popper'\)/]

/** Letters and digits only: PDF text extraction keeps words but not spacing or symbols. */
const normalize = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

let browser: Browser
beforeAll(async () => {
  const executablePath = findChromium()
  if (!executablePath) throw new Error('no Chromium: run `node tools/ensure-chromium.ts`')
  browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  mkdirSync(artifacts, { recursive: true })
})
afterAll(async () => {
  await browser?.close()
})

it('has decks to test', () => {
  expect(decks.length).toBeGreaterThan(0)
})

describe.each(decks)('deck %s', (name) => {
  const expected = expectedSlides(join(repo, 'decks', name, 'slides.md'), repo)
  const html = join(repo, 'dist/decks', name)
  const pdf = join(repo, 'dist/decks', `${name}.pdf`)

  it('renders every slide in Chromium without errors, with mermaid as SVG and highlighted code', async () => {
    expect(existsSync(join(html, 'index.html')), `missing ${html}: run \`npx nx run ${name}:build\``).toBe(true)
    const site = await serve(html)
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const errors: string[] = []
    page.on('console', (message) => {
      const text = `console: ${message.text()}`
      if (message.type() === 'error' && !UPSTREAM_NOISE.some((noise) => noise.test(text))) errors.push(text)
    })
    page.on('pageerror', (error) => errors.push(`page: ${error.message}`))
    page.on('requestfailed', (request) => {
      // Moving on to the next slide aborts lazy chunks still loading; that is not a failure.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`request: ${request.url()} ${request.failure()?.errorText}`)
    })
    try {
      for (const slide of expected) {
        await page.goto(`${site.url}/${slide.number}`, { waitUntil: 'load' })
        const content = page.locator('.slidev-page.slidev-page-' + slide.number)
        await content.first().waitFor({ state: 'attached', timeout: 15_000 })
        if (slide.number === 1) await page.screenshot({ path: join(artifacts, `${name}-slide-1.png`) })
        if (slide.mermaid > 0) {
          await expect.poll(() => content.locator('svg[id^="mermaid"], .mermaid svg').count(), { message: `slide ${slide.number}: mermaid diagrams`, timeout: 15_000 }).toBeGreaterThanOrEqual(slide.mermaid)
        }
        if (slide.code > 0) {
          await expect.poll(() => content.locator('pre.shiki, .slidev-code').count(), { message: `slide ${slide.number}: highlighted code`, timeout: 10_000 }).toBeGreaterThan(0)
        }
        if (slide.title) {
          await expect.poll(async () => normalize(await content.first().innerText()), { message: `slide ${slide.number}: title`, timeout: 10_000 }).toContain(normalize(slide.title))
        }
      }
    } finally {
      await page.close()
      await site.close()
    }
    expect(errors).toEqual([])
  }, 300_000)

  it('exports to a PDF with one page per slide, each with its title', async () => {
    expect(existsSync(pdf), `missing ${pdf}: run \`npx nx run ${name}:export\``).toBe(true)
    const document = await getDocumentProxy(new Uint8Array(readFileSync(pdf)))
    const { text } = await extractText(document, { mergePages: false })
    expect(text.length).toBe(expected.length)
    for (const slide of expected) {
      if (slide.title) expect(normalize(text[slide.number - 1]!), `page ${slide.number}`).toContain(normalize(slide.title))
    }
  }, 60_000)
})

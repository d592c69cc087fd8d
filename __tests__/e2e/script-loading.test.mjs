// A cached page loads its JavaScript after its main content is on screen (lib/cache/defer-page-
// scripts.cjs), then hydrates; a key press before that loads it at once.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { PHONE_VIEWPORT, launchBrowser, url } from './helpers.mjs'

// Literal paths: node runs these files as they are and cannot import lib/routes.ts.
const ARTICLE = '/blog/ketamine-iv-therapy-vs-ketamine-assisted-psychotherapy'
const PAGES = ['/', ARTICLE, '/consultation', '/es/tratamientos']
const CHUNK = /\/_next\/static\/chunks\/[^"?]+\.js/

/** @type {import('playwright-core').Browser} */
let browser
before(async () => {
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
})

test('the served HTML names no chunk in a script tag or a preload, only in its loader', async () => {
  for (const path of PAGES) {
    const html = await (await fetch(url(path))).text()
    assert.doesNotMatch(html, /<script[^>]+src="[^"]+"[^>]*\basync/, `${path}: an async chunk script`)
    assert.doesNotMatch(html, /<link[^>]+as="script"/, `${path}: a script preload`)
    assert.match(html, /<script>\(function loadAfterFirstPaint/, `${path}: the loader`)
  }
})

test('chunks are requested only after the largest contentful paint, and the page hydrates', async () => {
  for (const path of PAGES) {
    const context = await browser.newContext({ viewport: PHONE_VIEWPORT })
    const page = await context.newPage()
    try {
      await page.goto(url(path), { waitUntil: 'load' })
      await page.waitForFunction(() => Boolean(window.next?.version), null, { timeout: 10_000 })
      const timing = await page.evaluate(
        (chunkPattern) =>
          /** @type {Promise<{ firstPaint: number | null, scripts: number[] }>} */
          new Promise((resolve) => {
            new PerformanceObserver((list) => {
              const chunk = new RegExp(chunkPattern)
              const scripts = performance
                .getEntriesByType('resource')
                .filter((entry) => chunk.test(entry.name))
                .map((entry) => entry.startTime)
              resolve({ firstPaint: list.getEntries()[0]?.startTime ?? null, scripts })
            }).observe({ type: 'largest-contentful-paint', buffered: true })
          }),
        CHUNK.source,
      )
      assert.ok(timing.firstPaint !== null, `${path}: no largest contentful paint`)
      assert.ok(timing.scripts.length > 0, `${path}: no chunk loaded`)
      const early = timing.scripts.filter((/** @type {number} */ start) => start < (timing.firstPaint ?? 0))
      assert.deepEqual(early, [], `${path}: chunks requested before the paint at ${timing.firstPaint} ms`)
    } finally {
      await context.close()
    }
  }
})

test('a key press before the page has loaded starts the chunks at once', async () => {
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT })
  const page = await context.newPage()
  try {
    // Hold back the hero image so the load event (and the paint wait after it) cannot come first.
    /** @type {() => void} */
    let releaseImage = () => undefined
    const imageHeld = new Promise((resolve) => {
      releaseImage = () => resolve(undefined)
    })
    await page.route(/\/seed-images\//, async (route) => {
      await imageHeld
      await route.continue()
    })
    // Well inside the loader's 4-second fallback timer.
    const chunkRequested = page.waitForRequest((request) => CHUNK.test(request.url()), { timeout: 2000 })
    await page.goto(url(ARTICLE), { waitUntil: 'domcontentloaded' })
    assert.equal(await page.evaluate(() => document.readyState === 'complete'), false)
    await page.keyboard.press('Tab')
    await chunkRequested
    releaseImage()
  } finally {
    await context.close()
  }
})

// How cached pages load JavaScript (lib/cache/page-scripts.cjs). Content pages come without
// Next's scripts: no chunk, no payload, only speculation rules and the menu's Escape handler. The
// booking page loads its chunks after its main content is on screen, then hydrates; a key press
// before that loads them at once.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { PHONE_VIEWPORT, launchBrowser, url } from './helpers.mjs'

// Literal paths: node runs these files as they are and cannot import lib/routes.ts.
const ARTICLE = '/blog/ketamine-iv-therapy-vs-ketamine-assisted-psychotherapy'
const CONTENT_PAGES = ['/', ARTICLE, '/treatments/ketamine-iv-therapy', '/es/tratamientos']
const BOOKING = '/consultation'
const BOOKING_PAGES = [BOOKING, '/es/consulta']
const CHUNK = /\/_next\/static\/chunks\/[^"?]+\.js/

/** @type {import('playwright-core').Browser} */
let browser
before(async () => {
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
})

test('content pages: the served HTML has no script but the speculation rules and the menu handler', async () => {
  for (const path of CONTENT_PAGES) {
    const html = await (await fetch(url(path))).text()
    assert.doesNotMatch(html, /<script[^>]+\ssrc=/, `${path}: a script with a source`)
    assert.doesNotMatch(html, /<link[^>]+as="script"/, `${path}: a script preload`)
    assert.doesNotMatch(html, /__next_f/, `${path}: the RSC payload`)
    assert.match(html, /<script type="speculationrules">/, `${path}: the speculation rules`)
    assert.match(html, /<script>\(function closeMenuOnEscape/, `${path}: the menu handler`)
  }
})

test('content pages load no chunk in the browser, and Escape closes the menu', async () => {
  for (const path of CONTENT_PAGES) {
    const context = await browser.newContext({ viewport: PHONE_VIEWPORT })
    const page = await context.newPage()
    /** @type {string[]} */
    const chunks = []
    page.on('request', (request) => {
      if (CHUNK.test(request.url())) chunks.push(request.url())
    })
    try {
      await page.goto(url(path), { waitUntil: 'load' })
      await page.keyboard.press('Tab')
      await page.waitForTimeout(500)
      assert.deepEqual(chunks, [], `${path}: chunks requested`)

      const toggle = page.locator('header details[data-site-menu] > summary')
      await toggle.focus()
      await page.keyboard.press('Enter')
      assert.equal(await page.locator('header details[data-site-menu]').getAttribute('open'), '')
      await page.keyboard.press('Tab')
      await page.keyboard.press('Escape')
      assert.equal(await page.locator('header details[data-site-menu][open]').count(), 0, `${path}: menu still open`)
      assert.ok(
        await toggle.evaluate((element) => element === document.activeElement),
        `${path}: focus left the toggle`,
      )
    } finally {
      await context.close()
    }
  }
})

test('the booking page names no chunk in a script tag or a preload, only in its loader', async () => {
  for (const path of BOOKING_PAGES) {
    const html = await (await fetch(url(path))).text()
    assert.doesNotMatch(html, /<script[^>]+src="[^"]+"[^>]*\basync/, `${path}: an async chunk script`)
    assert.doesNotMatch(html, /<link[^>]+as="script"/, `${path}: a script preload`)
    assert.match(html, /<script>\(function loadAfterFirstPaint/, `${path}: the loader`)
  }
})

test('the booking page requests chunks only after the largest contentful paint, and hydrates', async () => {
  for (const path of BOOKING_PAGES) {
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

test('on the booking page, a key press before the page has loaded starts the chunks at once', async () => {
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT })
  const page = await context.newPage()
  try {
    // An image held back (the booking page has none of its own: one is added to the document) so
    // the load event, and the paint wait after it, cannot come first.
    await page.route(url(BOOKING), async (route) => {
      const response = await route.fetch()
      const html = (await response.text()).replace('</body>', '<img src="/seed-images/held.svg" alt=""></body>')
      await route.fulfill({ response, body: html })
    })
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
    await page.goto(url(BOOKING), { waitUntil: 'domcontentloaded' })
    assert.equal(await page.evaluate(() => document.readyState === 'complete'), false)
    await page.keyboard.press('Tab')
    await chunkRequested
    releaseImage()
  } finally {
    await context.close()
  }
})

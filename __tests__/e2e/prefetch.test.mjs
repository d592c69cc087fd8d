// Prefetching in a real browser. A content page (served without Next's scripts) fetches no other
// page while it loads; its speculation rules fetch a page when the pointer rests on its link. On
// the hydrated booking page, components/site/link.tsx fetches a route's RSC payload when the
// pointer rests on its link or the link gets focus, and following it is a client-side navigation.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { PHONE_VIEWPORT, launchBrowser, url } from './helpers.mjs'

// Literal paths: node runs these files as they are and cannot import lib/routes.ts.
const ARTICLE = '/blog/ketamine-iv-therapy-vs-ketamine-assisted-psychotherapy'
const CONSULTATION = '/consultation'
const PRIVACY = '/privacy'
const TREATMENTS = '/treatments'

/** @type {import('playwright-core').Browser} */
let browser
before(async () => {
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
})

/**
 * Opens the page and records the path of every RSC request (Next's `_rsc` query) it makes.
 * @param {string} path
 */
async function openRecordingRsc(path) {
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT })
  const page = await context.newPage()
  /** @type {string[]} */
  const rscPaths = []
  page.on('request', (request) => {
    const requested = new URL(request.url())
    if (requested.searchParams.has('_rsc')) rscPaths.push(requested.pathname)
  })
  await page.goto(url(path), { waitUntil: 'load' })
  // The booking page's scripts load after its first paint (lib/cache/defer-page-scripts.cjs);
  // until React has hydrated, links are plain links and a focus event reaches no handler. `window.next`
  // is set seconds before hydration commits on a slow machine, so wait for a sign of the commit: the
  // time-zone form's no-JavaScript submit button goes away once hydrated.
  await page.getByRole('button', { name: 'Show times' }).waitFor({ state: 'detached', timeout: 15_000 })
  return { context, page, rscPaths }
}

test('a content page prefetches no page while it loads, and one when the pointer rests on its link', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  // The browser's own prefetches do not show as page requests; DevTools reports them.
  const devtools = await context.newCDPSession(page)
  await devtools.send('Preload.enable')
  /** @type {string[]} */
  const prefetched = []
  devtools.on('Preload.prefetchStatusUpdated', (event) => {
    if (event.status === 'Running') prefetched.push(new URL(event.prefetchUrl).pathname)
  })
  /** @type {string[]} */
  const rscPaths = []
  page.on('request', (request) => {
    if (new URL(request.url()).searchParams.has('_rsc')) rscPaths.push(request.url())
  })
  try {
    await page.goto(url(ARTICLE), { waitUntil: 'load' })
    await page.waitForTimeout(1500)
    assert.deepEqual([...prefetched, ...rscPaths], [], 'pages fetched while the article loaded')

    const link = page.locator(`header nav a[href="${TREATMENTS}"]`).first()
    await link.hover()
    await page.waitForTimeout(1000)
    assert.deepEqual(prefetched, [TREATMENTS])
    await link.click()
    await page.waitForURL(url(TREATMENTS))
    const deliveryType = await page.evaluate(
      () =>
        /** @type {PerformanceNavigationTiming & { deliveryType?: string }} */ (
          performance.getEntriesByType('navigation')[0]
        )?.deliveryType,
    )
    assert.equal(deliveryType, 'navigational-prefetch', 'the page came from the prefetch')
  } finally {
    await context.close()
  }
})

test('on the booking page, a route is prefetched when its link gets focus or the pointer rests on it', async () => {
  const { context, page, rscPaths } = await openRecordingRsc(CONSULTATION)
  try {
    await page.setViewportSize({ width: 1280, height: 900 })
    // Each wait starts before the action: the request can leave before focus() or hover() returns.
    const requestFor = (/** @type {string} */ path) =>
      page.waitForRequest((request) => new URL(request.url()).pathname === path, { timeout: 5000 })
    const footerPrivacy = page.locator(`footer a[href="${PRIVACY}"]`)
    const privacyFetched = requestFor(PRIVACY)
    await footerPrivacy.focus()
    await privacyFetched

    const navTreatments = page.locator(`header nav a[href="${TREATMENTS}"]`).first()
    const treatmentsFetched = requestFor(TREATMENTS)
    await navTreatments.hover()
    await treatmentsFetched
    assert.ok(rscPaths.includes(PRIVACY) && rscPaths.includes(TREATMENTS))

    // Following a prefetched link is a client-side navigation to the right page.
    await navTreatments.click()
    await page.waitForURL(url(TREATMENTS))
    assert.equal(await page.locator('h1').count(), 1)
  } finally {
    await context.close()
  }
})

// The prefetch policy of components/site/link.tsx in a real browser: loading a content page
// fetches no other route's RSC payload except the booking route's (once the page is idle), and a
// route is fetched when the pointer rests on its link or the link gets focus.
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
  // The page's scripts load after its first paint (lib/cache/defer-page-scripts.cjs); until they
  // run, links are plain links.
  await page.waitForFunction(() => Boolean(window.next?.version), null, { timeout: 10_000 })
  return { context, page, rscPaths }
}

test('a content page prefetches only the booking route while it loads', async () => {
  const { context, page, rscPaths } = await openRecordingRsc(ARTICLE)
  try {
    // The booking route is prefetched once the browser is idle after load.
    await page.waitForRequest((request) => new URL(request.url()).pathname === CONSULTATION, {
      timeout: 10_000,
    })
    await page.waitForTimeout(1500)
    const others = rscPaths.filter((path) => path !== CONSULTATION)
    assert.deepEqual(others, [], `routes prefetched during load: ${others.join(', ')}`)
  } finally {
    await context.close()
  }
})

test('a route is prefetched when its link gets focus or the pointer rests on it', async () => {
  const { context, page, rscPaths } = await openRecordingRsc(ARTICLE)
  try {
    await page.setViewportSize({ width: 1280, height: 900 })
    const footerPrivacy = page.locator(`footer a[href="${PRIVACY}"]`)
    await footerPrivacy.focus()
    await page.waitForRequest((request) => new URL(request.url()).pathname === PRIVACY, { timeout: 5000 })

    const navTreatments = page.locator(`header nav a[href="${TREATMENTS}"]`).first()
    await navTreatments.hover()
    await page.waitForRequest((request) => new URL(request.url()).pathname === TREATMENTS, {
      timeout: 5000,
    })
    assert.ok(rscPaths.includes(PRIVACY) && rscPaths.includes(TREATMENTS))

    // Following a prefetched link is a client-side navigation to the right page.
    await navTreatments.click()
    await page.waitForURL(url(TREATMENTS))
    assert.equal(await page.locator('h1').count(), 1)
  } finally {
    await context.close()
  }
})

// The embedded Studio at /studio. The machine has no network, so every call the Studio makes to
// *.sanity.io is answered here with canned responses: a signed-in editor, empty lists and
// query results, an open listener. That is enough for the shell and the structure tool.
/** @import { Browser, Page } from 'playwright-core' */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { baseUrl, DESKTOP_VIEWPORT, launchBrowser } from './helpers.mjs'

const editor = {
  id: 'p-editor',
  name: 'Test Editor',
  email: 'editor@example.com',
  profileImage: null,
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator' }],
  provider: 'sanity',
}

/** @param {unknown} body */
const json = (body) => ({ status: 200, contentType: 'application/json', body: JSON.stringify(body) })

/**
 * A canned answer for one Sanity API request.
 * @param {string} url
 */
function sanityAnswer(url) {
  const { pathname } = new URL(url)
  if (pathname.endsWith('/users/me')) return json(editor)
  if (pathname.includes('/users/')) return json([editor])
  if (pathname.includes('/keyvalue')) return json([])
  if (pathname.includes('/data/listen/')) {
    return {
      status: 200,
      contentType: 'text/event-stream',
      body: 'event: welcome\ndata: {"listenerName":"canned"}\n\n',
    }
  }
  if (pathname.includes('/data/query/')) return json({ ms: 1, query: '', result: [] })
  if (pathname.includes('/data/doc/')) return json({ documents: [], omitted: [] })
  if (pathname.endsWith('/acl') || pathname.includes('/grants')) return json([])
  if (/\/projects\/[^/]+$/.test(pathname)) {
    return json({ id: 'local0000', displayName: 'Clinic', members: [], features: [], metadata: {} })
  }
  return json({})
}

describe('Studio at /studio', () => {
  /** @type {Browser} */
  let browser
  /** @type {Page} */
  let page
  /** @type {string[]} */
  const offsite = []

  before(async () => {
    browser = await launchBrowser()
    const context = await browser.newContext({ viewport: DESKTOP_VIEWPORT })
    await context.route(
      (url) => url.hostname.endsWith('.sanity.io') || url.hostname === 'sanity.io',
      (route) => route.fulfill(sanityAnswer(route.request().url())),
    )
    // Anything else off-site would hang on this closed network: record it and refuse it.
    await context.route(
      (url) =>
        url.origin !== new URL(baseUrl).origin &&
        !url.hostname.endsWith('sanity.io') &&
        url.protocol.startsWith('http'),
      (route) => {
        offsite.push(route.request().url())
        return route.abort()
      },
    )
    page = await context.newPage()
  })

  after(() => browser?.close())

  it('is not indexed', async () => {
    const response = await fetch(`${baseUrl}/studio`)
    assert.equal(response.status, 200)
    const html = await response.text()
    assert.match(html, /<meta name="robots" content="noindex, nofollow"/)
  })

  it('shows the structure: Site settings, Treatments, Comparison tables, Articles, People, Categories, Redirects', async () => {
    await page.goto(`${baseUrl}/studio/structure`, { waitUntil: 'domcontentloaded' })
    const pane = page.locator('[data-testid="structure-tool-list-pane"]').first()
    await pane.waitFor({ timeout: 60_000 })
    for (const title of [
      'Site settings',
      'Treatments',
      'Comparison tables',
      'Articles',
      'People',
      'Categories',
      'Redirects',
    ]) {
      await pane.getByText(title, { exact: true }).first().waitFor({ timeout: 10_000 })
    }
    const titles = await pane.locator('[data-testid^="pane-item-"]').allInnerTexts()
    const order = ['Site settings', 'Treatments', 'Comparison tables', 'Articles', 'People', 'Categories'].map((t) =>
      titles.findIndex((text) => text.trim() === t),
    )
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
      `structure order: ${titles.join(' | ')}`,
    )
    // Full-window app: no site chrome around it and no page scroll.
    assert.equal(await page.locator('header, footer, [aria-label="Crisis support"]').count(), 0)
    const overflow = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)
    assert.ok(overflow <= 0, `the page scrolls by ${overflow}px`)
  })

  it('opens Site settings (and its Spanish texts) as one fixed document each, not a list of documents', async () => {
    // Site settings is a menu of two fixed documents: the settings and their Spanish texts.
    await page.goto(`${baseUrl}/studio/structure/siteSettings;siteSettings-main`, { waitUntil: 'domcontentloaded' })
    await page.locator('[data-testid="document-pane"]').first().waitFor({ timeout: 30_000 })
    const url = new URL(page.url())
    assert.match(url.pathname, /\/studio\/structure\/siteSettings/)
    assert.equal(await page.locator('[data-testid="document-list-pane"]').count(), 0)
  })

  it('offers the Presentation tool for visual editing', async () => {
    await page.goto(`${baseUrl}/studio/structure`, { waitUntil: 'domcontentloaded' })
    await page
      .getByRole('link', { name: /presentation/i })
      .first()
      .waitFor({ timeout: 30_000 })
  })
})

// Site search in the browser: /search?q= for a normal query, a synonym, a crisis query and bad
// queries; headers (noindex, no-store), one h1, axe at phone and desktop widths, and the
// header's search field reached with the keyboard and submitted.
/** @import { Browser, BrowserContext, Page } from 'playwright-core' */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { DESKTOP_VIEWPORT, PHONE_VIEWPORT, expectNoAxeViolations, launchBrowser, url } from './helpers.mjs'

// Each run searches as its own client (the entry the app trusts is the rightmost one), so the
// per-client search limit is not shared with the other browser tests.
const CLIENT = { 'x-forwarded-for': `198.51.100.${1 + Math.floor(Math.random() * 250)}` }

/** The results list (the breadcrumb is a list too). */
const RESULTS = 'ol[aria-labelledby="search-results-heading"]'

/** @param {string} q */
const searchPath = (q) => `/search?${new URLSearchParams({ q })}`

/** @type {Browser} */
let browser
before(async () => {
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
})

/**
 * A page at `viewport` that sends this run's client address.
 * @param {{ width: number, height: number }} viewport
 * @returns {Promise<{ context: BrowserContext, page: Page }>}
 */
async function openPage(viewport) {
  const context = await browser.newContext({ viewport, extraHTTPHeaders: CLIENT })
  return { context, page: await context.newPage() }
}

/**
 * The results' titles on the page, in order.
 * @param {Page} page
 */
const resultTitles = (page) => page.locator(`${RESULTS} h3`).allTextContents()

describe('search results pages', () => {
  it('a normal query lists results with the words marked, and the count as a status', async () => {
    const { context, page } = await openPage(DESKTOP_VIEWPORT)
    const response = await page.goto(url(searchPath('side effects')))
    assert.equal(response?.status(), 200)
    assert.equal((await resultTitles(page))[0], 'Ketamine safety and side effects: an honest overview')
    assert.match((await page.getByRole('status').textContent()) ?? '', /^\d+ results? for “side effects”/)
    assert.ok((await page.locator(`${RESULTS} mark`).count()) > 0, 'no marked words')
    // In the page's content: Next's route announcer (an alert region in a shadow root) is not ours.
    assert.equal(await page.locator('#main').getByRole('alert').count(), 0, 'no crisis notice for an ordinary search')
    assert.equal(await page.getByRole('searchbox', { name: 'Search the site' }).last().inputValue(), 'side effects')
    await context.close()
  })

  it('a synonym query finds the other name (Spravato -> esketamine)', async () => {
    const { context, page } = await openPage(DESKTOP_VIEWPORT)
    await page.goto(url(searchPath('Spravato')))
    assert.equal((await resultTitles(page))[0], 'Esketamine (Spravato) vs. IV ketamine: what is the difference?')
    const marks = (await page.locator(`${RESULTS} mark`).allTextContents()).map((m) => m.toLowerCase())
    assert.ok(marks.includes('esketamine'), `marked: ${marks}`)
    await context.close()
  })

  it('a crisis query shows the 988/911 alert first, with tel: links, above any result', async () => {
    const { context, page } = await openPage(PHONE_VIEWPORT)
    await page.goto(url(searchPath('thinking about suicide')))
    const alert = page.locator('#main').getByRole('alert')
    assert.equal(await alert.count(), 1)
    const links = await alert.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    assert.deepEqual(links, ['tel:988', 'tel:911'])
    // First in the page's content: before the search form and any result.
    const order = await page.evaluate((results) => {
      const alertBox = document.querySelector('[role="alert"]')
      const others = document.querySelectorAll(`main form[role="search"], ${results}, main [role="status"]`)
      return (
        others.length >= 3 &&
        [...others].every((other) => alertBox?.compareDocumentPosition(other) === Node.DOCUMENT_POSITION_FOLLOWING)
      )
    }, RESULTS)
    assert.ok(order, 'the alert comes before the form and the results')
    const box = await alert.boundingBox()
    assert.ok(box && box.y < PHONE_VIEWPORT.height, 'the alert is on the first screen of a phone')
    await context.close()
  })

  for (const [label, q] of /** @type {const} */ ([
    ['2,000 characters', `ketamine ${'a'.repeat(1991)}`],
    ['emoji only', '😀🙏🏽💊'],
    ['operators', '*[_type == "post"] || true -foo OR $p0 ~ \\'],
    ['whitespace', '   '],
  ])) {
    it(`a bad query (${label}) is a 200 with a calm message`, async () => {
      const response = await fetch(url(searchPath(q)), { headers: CLIENT })
      assert.equal(response.status, 200, label)
      const html = await response.text()
      assert.match(html, /role="status"/, `${label}: no message`)
      assert.doesNotMatch(html, /Something went wrong|Application error/i, label)
    })
  }

  it('is noindex, no-store, per-request (nonce policy), with one h1 and no axe violations', async () => {
    const response = await fetch(url(searchPath('ketamine')), { headers: CLIENT })
    assert.match(response.headers.get('x-robots-tag') ?? '', /noindex/)
    assert.match(response.headers.get('cache-control') ?? '', /no-store/)
    assert.match(response.headers.get('content-security-policy') ?? '', /'nonce-/)
    assert.match(await response.text(), /<meta name="robots" content="noindex/)
    for (const viewport of [DESKTOP_VIEWPORT, PHONE_VIEWPORT]) {
      const { context, page } = await openPage(viewport)
      for (const q of ['ketamine', 'suicide', '😀', '']) {
        await page.goto(url(searchPath(q)))
        const label = `/search?q=${q} @${viewport.width}px`
        assert.equal(await page.locator('h1').count(), 1, label)
        assert.deepEqual(
          await page.locator('main h2, main h3').evaluateAll((hs) => hs.slice(0, 1).map((h) => h.tagName)),
          ['H2'],
          `${label}: the results heading comes before result headings`,
        )
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        assert.ok(overflow <= 0, `${label}: scrolls sideways by ${overflow}px`)
        await expectNoAxeViolations(page, label)
      }
      await context.close()
    }
  })

  it('pages through results with links that keep the query', async () => {
    const { context, page } = await openPage(DESKTOP_VIEWPORT)
    await page.goto(url(searchPath('ketamine')))
    const next = page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: /Next/ })
    await next.click()
    await page.waitForURL(/page=2/)
    assert.equal(new URL(page.url()).searchParams.get('q'), 'ketamine')
    assert.ok((await resultTitles(page)).length > 0)
    await context.close()
  })
})

describe('the header search', () => {
  it('is reached with Tab from the top of the page and searches with Enter (desktop)', async () => {
    const { context, page } = await openPage(DESKTOP_VIEWPORT)
    await page.goto(url('/treatments'))
    let reached = false
    for (let i = 0; i < 25 && !reached; i += 1) {
      await page.keyboard.press('Tab')
      reached = await page.evaluate(() => document.activeElement?.id === 'header-search')
    }
    assert.ok(reached, 'the header search field was not reached by Tab')
    await page.keyboard.type('PTSD')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/search\?q=PTSD/)
    assert.equal((await resultTitles(page))[0], 'Ketamine and PTSD: what the research says so far')
    await context.close()
  })

  it('sits in the mobile menu on a phone, and the header does not scroll sideways', async () => {
    const { context, page } = await openPage(PHONE_VIEWPORT)
    await page.goto(url('/'))
    assert.equal(await page.locator('#header-search').isVisible(), false)
    await page.getByText('Menu', { exact: true }).click()
    const field = page.locator('#menu-search')
    assert.ok(await field.isVisible())
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px with the menu open`)
    await field.fill('IV')
    await field.press('Enter')
    await page.waitForURL(/\/search\?q=IV/)
    assert.ok((await resultTitles(page)).includes('What to expect at your first ketamine infusion'))
    await context.close()
  })
})

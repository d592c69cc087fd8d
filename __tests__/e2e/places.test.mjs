// Locations, costs and the accessibility statement in a real browser: each location page's
// MedicalClinic JSON-LD parses and says what the page shows, the home page's clinic lists the
// locations, /costs has a real price table, and every footer links the new pages.
/** @import { Browser, Page } from 'playwright-core' */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { DESKTOP_VIEWPORT, launchBrowser, url } from './helpers.mjs'

const LOCATIONS = ['/locations/portland-division', '/locations/beaverton']

/**
 * Path and fragment of an absolute URL from the JSON-LD (its origin is SITE_URL, which need not
 * be the origin under test).
 * @param {unknown} value
 */
const local = (value) => {
  const parsed = new URL(String(value))
  return `${parsed.pathname}${parsed.hash}`
}

/** @type {Browser} */
let browser
/** @type {Page} */
let page
before(async () => {
  browser = await launchBrowser()
  const context = await browser.newContext({ viewport: DESKTOP_VIEWPORT })
  page = await context.newPage()
})
after(async () => {
  await browser?.close()
})

/**
 * The parts of a schema.org node these tests read.
 * @typedef {{
 *   '@type': string,
 *   '@id'?: string,
 *   url?: string,
 *   name?: string,
 *   telephone?: string,
 *   address?: { streetAddress: string, addressLocality: string, addressRegion: string, postalCode: string },
 *   parentOrganization?: { '@id': string },
 *   subOrganization?: { '@id': string }[],
 *   openingHoursSpecification?: unknown[],
 * }} JsonLdNode
 */

/**
 * Every JSON-LD node on the current page, parsed (a script that does not parse fails the test).
 * @returns {Promise<JsonLdNode[]>}
 */
async function jsonLdNodes() {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
  return scripts.flatMap((text) => [/** @type {JsonLdNode | JsonLdNode[]} */ (JSON.parse(text))].flat())
}

/** Visible text with runs of white space collapsed, as a reader sees it. */
async function visibleText() {
  return (await page.locator('body').innerText()).replace(/\s+/g, ' ')
}

test('each location page has its own MedicalClinic JSON-LD, and its name, address and phone are on the page', async () => {
  for (const path of LOCATIONS) {
    const response = await page.goto(url(path))
    assert.equal(response?.status(), 200, path)
    const clinics = (await jsonLdNodes()).filter((node) => node['@type'] === 'MedicalClinic')
    assert.equal(clinics.length, 1, `${path}: one MedicalClinic node`)
    const [clinic] = clinics
    assert.equal(local(clinic?.url), path)
    assert.equal(local(clinic?.['@id']), `${path}#clinic`)
    assert.equal(local(clinic?.parentOrganization?.['@id']), '/#clinic', `${path}: parent is the clinic`)
    assert.match(clinic?.telephone ?? '', /^\+1\d{10}$/)
    assert.ok(clinic?.name && clinic.address && clinic.telephone, `${path}: name, address and telephone`)
    const text = await visibleText()
    assert.ok(text.includes(clinic.name), `${path}: name "${clinic.name}" not visible`)
    const { streetAddress, addressLocality, addressRegion, postalCode } = clinic.address
    for (const part of [streetAddress, `${addressLocality}, ${addressRegion} ${postalCode}`]) {
      assert.ok(text.includes(part), `${path}: address part "${part}" not visible`)
    }
    const dial = clinic.telephone.slice(2) // "+15035550163" -> "5035550163"
    const shownPhone = await page.locator(`a[href="tel:${clinic.telephone}"]`).first().innerText()
    assert.equal(shownPhone.replace(/\D/g, ''), dial, `${path}: phone shown as a tel: link`)
    assert.ok((clinic.openingHoursSpecification ?? []).length > 0, `${path}: opening hours`)
    assert.equal(await page.locator('h1').count(), 1)
  }
})

test("the home page's clinic JSON-LD lists both locations by the same @id as their pages", async () => {
  await page.goto(url('/'))
  const clinic = (await jsonLdNodes()).find((node) => node['@type'] === 'MedicalClinic')
  assert.ok(clinic, 'home page MedicalClinic')
  assert.equal(local(clinic['@id']), '/#clinic')
  const listed = (clinic.subOrganization ?? []).map((node) => local(node['@id']))
  assert.deepEqual(
    listed,
    LOCATIONS.map((path) => `${path}#clinic`),
  )
})

test('/costs shows the prices as a table with a caption, column headers and row headers', async () => {
  const response = await page.goto(url('/costs'))
  assert.equal(response?.status(), 200)
  const table = page.locator('table')
  assert.equal(await table.count(), 1)
  assert.match(await table.locator('caption').innerText(), /prices/i)
  assert.ok((await table.locator('thead th[scope="col"]').count()) >= 3, 'column headers')
  const rows = await table.locator('tbody tr').count()
  assert.ok(rows >= 4, `${rows} price rows`)
  assert.equal(await table.locator('tbody th[scope="row"]').count(), rows, 'each row is named by its service')
  const text = await visibleText()
  assert.match(text, /Prices as of [A-Z][a-z]+ \d{1,2}, \d{4}/)
  assert.match(text, /Good Faith Estimate/)
  assert.match(text, /1-800-985-3059/)
  assert.ok(await page.locator(`a[href="/consultation"]`).count(), 'a link to book the free call')
})

test('every footer links locations, costs, the care team and the accessibility statement', async () => {
  for (const path of ['/', '/costs', '/locations', '/accessibility', '/treatments/ketamine-iv-therapy']) {
    await page.goto(url(path))
    const footer = page.locator('footer')
    for (const [name, href] of [
      ['Locations', '/locations'],
      ['Costs and insurance', '/costs'],
      ['Our care team', '/team'],
      ['Accessibility', '/accessibility'],
    ]) {
      assert.equal(
        await footer.getByRole('link', { name, exact: true }).getAttribute('href'),
        href,
        `${path}: footer link ${name}`,
      )
    }
    for (const location of LOCATIONS) {
      assert.equal(await footer.locator(`a[href="${location}"]`).count(), 1, `${path}: footer names ${location}`)
    }
  }
})

test('the accessibility statement names its target, testing, limitations and how to report a barrier', async () => {
  const response = await page.goto(url('/accessibility'))
  assert.equal(response?.status(), 200)
  const text = await visibleText()
  assert.match(text, /WCAG\) 2\.1 at level AA/)
  assert.match(text, /axe-core/)
  assert.match(text, /keyboard/)
  assert.match(text, /Known limitations/)
  assert.ok(await page.locator('main a[href^="tel:"]').count(), 'a phone link')
  assert.ok(await page.locator('main a[href^="mailto:"]').count(), 'an e-mail link')
})

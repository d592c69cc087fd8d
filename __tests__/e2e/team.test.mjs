// The care team directory (/team) and its profiles: the GET filters (with and without
// JavaScript), calm handling of unknown parameters, and profiles whose JSON-LD says only what the
// page shows.
/** @import { Browser, Page } from 'playwright-core' */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { PHONE_VIEWPORT, launchBrowser, url } from './helpers.mjs'

// Literal paths and seed names: node runs these files as they are and cannot import lib/.
const TEAM = '/team'
const EVERYONE = ['Daniel Okafor', 'Grace Nguyen', 'Lucía Herrera', 'Maya Ellison', 'Rosa Delgado']

/** @type {Browser} */
let browser
before(async () => {
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
})

/**
 * The names on the cards of a directory page, in order (each card's heading is "Name, CREDENTIALS").
 * @param {string} html
 */
const listedNames = (html) =>
  [...html.matchAll(/<h3 id="team-[a-z0-9-]+"[^>]*><a[^>]*>([^<]+)<\/a>/g)].map(([, text = '']) =>
    text.split(',')[0]?.trim(),
  )

/** @param {string} path */
async function getPage(path) {
  const response = await fetch(url(path))
  return { status: response.status, html: await response.text() }
}

describe('/team', () => {
  it('lists everyone, clinicians first, the intake coordinator last, indexable', async () => {
    const { status, html } = await getPage(TEAM)
    assert.equal(status, 200)
    assert.deepEqual(listedNames(html), EVERYONE)
    assert.doesNotMatch(html, /<meta name="robots" content="noindex/)
    assert.ok(html.indexOf('id="team-clinicians"') < html.indexOf('id="team-staff"'))
  })

  it('filters by treatment, by language and by both', async () => {
    const cases = /** @type {const} */ ([
      ['?treatment=ketamine-iv-therapy', ['Daniel Okafor', 'Grace Nguyen', 'Lucía Herrera']],
      ['?treatment=ketamine-assisted-psychotherapy', ['Daniel Okafor', 'Maya Ellison']],
      ['?language=es', ['Lucía Herrera', 'Rosa Delgado']],
      ['?treatment=ketamine-iv-therapy&language=es', ['Lucía Herrera']],
      ['?treatment=&language=', EVERYONE],
    ])
    for (const [query, expected] of cases) {
      const { status, html } = await getPage(`${TEAM}${query}`)
      assert.equal(status, 200, query)
      assert.deepEqual(listedNames(html), expected, query)
      // A filtered view is the same list narrowed: not indexed, canonical to the whole team.
      assert.match(html, /<meta name="robots" content="noindex, follow"/, query)
      assert.match(html, /<link rel="canonical" href="https?:\/\/[^"]+\/team"/, query)
    }
  })

  it('answers unknown or garbage parameters calmly with 200, never a 500', async () => {
    for (const query of [
      '?treatment=brain-surgery',
      '?language=xx',
      '?language=constructor',
      '?treatment=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      '?treatment=%E0%A4%A',
      '?treatment[]=x&language[a]=b',
      '?language=es&language=en&treatment=ketamine-iv-therapy&treatment=nope',
      `?treatment=${'x'.repeat(3000)}`,
      '?utm_source=newsletter',
    ]) {
      const { status, html } = await getPage(`${TEAM}${query}`)
      assert.equal(status, 200, query)
      assert.ok(listedNames(html).length > 0, `${query}: nobody listed`)
      assert.doesNotMatch(html, /<script>alert/, query)
    }
    const { html } = await getPage(`${TEAM}?treatment=brain-surgery`)
    assert.match(html, /did not match anything we offer/)
    assert.deepEqual(listedNames(html), EVERYONE)
  })

  it('the whole team is a static page; filtered views render per request, noindex and canonical to /team', async () => {
    const whole = await fetch(url(TEAM))
    assert.match(whole.headers.get('cache-control') ?? '', /s-maxage=\d+/)
    const filtered = await fetch(url(`${TEAM}?language=es`))
    assert.equal(filtered.status, 200)
    assert.match(filtered.headers.get('cache-control') ?? '', /no-store/)
    // The internal route, asked for directly, is the same filtered view: never indexed.
    const direct = await fetch(url(`${TEAM}/_filtered?language=es`))
    assert.match(await direct.text(), /<meta name="robots" content="noindex/)
  })

  it('the filter form works without JavaScript', async () => {
    const context = await browser.newContext({ viewport: PHONE_VIEWPORT, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(url(TEAM))
    await page.getByLabel('Language').selectOption('es')
    await Promise.all([page.waitForURL(/language=es/), page.getByRole('button', { name: 'Show' }).click()])
    assert.deepEqual(
      (await page.locator('h3').allTextContents()).map((t) => t.split(',')[0]?.trim()),
      ['Lucía Herrera', 'Rosa Delgado'],
    )
    assert.match(await page.locator('main').innerText(), /Showing 2 of 5 people who speak Spanish/)
    await context.close()
  })
})

/**
 * The page's ProfilePage JSON-LD, parsed.
 * @param {Page} page
 */
async function profileJsonLd(page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  const nodes = blocks.flatMap((text) => [JSON.parse(text)].flat())
  const profile = nodes.find((node) => node['@type'] === 'ProfilePage')
  assert.ok(profile, 'no ProfilePage')
  return profile
}

describe('profiles', () => {
  it('each profile linked from /team has JSON-LD that parses and says only what the page shows', async () => {
    const { html } = await getPage(TEAM)
    const profiles = [...new Set([...html.matchAll(/href="(\/team\/[a-z0-9-]+)"/g)].map(([, path = '']) => path))]
    assert.equal(profiles.length, EVERYONE.length)
    const context = await browser.newContext({ viewport: PHONE_VIEWPORT })
    const page = await context.newPage()
    for (const path of profiles) {
      await page.goto(url(path))
      const person = (await profileJsonLd(page)).mainEntity
      const text = await page.locator('main').innerText()
      assert.ok(text.includes(person.name), `${path}: name`)
      if (person.honorificSuffix) assert.ok(text.includes(person.honorificSuffix), `${path}: credentials`)
      if (person.jobTitle) assert.ok(text.includes(person.jobTitle), `${path}: job title`)
      for (const language of person.knowsLanguage ?? []) assert.ok(text.includes(language.name), `${path}: language`)
      if (person.hasCredential) assert.ok(text.includes(person.hasCredential.identifier), `${path}: license number`)
      if (person.identifier) assert.ok(text.includes(person.identifier.value), `${path}: NPI`)
      for (const therapy of person.knowsAbout ?? []) assert.ok(text.includes(therapy.name), `${path}: treatment`)
    }
    await context.close()
  })

  it('a physician is typed Physician and links to the state board’s public lookup', async () => {
    const context = await browser.newContext({ viewport: PHONE_VIEWPORT })
    const page = await context.newPage()
    await page.goto(url('/team/daniel-okafor'))
    const person = (await profileJsonLd(page)).mainEntity
    assert.deepEqual(person['@type'], ['Person', 'Physician'])
    assert.equal(person.usNPI, '1234567893')
    const lookup = page.getByRole('link', { name: /Oregon Medical Board/ })
    assert.match((await lookup.getAttribute('href')) ?? '', /^https:\/\/www\.oregon\.gov\/omb\//)
    await context.close()
  })
})

// What crawlers fetch from the built site: sitemap, robots, feed, JSON-LD, noindex, redirects.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { baseUrl } from './helpers.mjs'

/**
 * @param {string} path
 * @param {RequestInit} [init]
 */
const get = (path, init) => fetch(new URL(path, baseUrl), init)

/**
 * The `@type` of every JSON-LD node on a page.
 * @param {string} html
 * @returns {string[]}
 */
function jsonLdTypes(html) {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
    .flatMap(([, json = '']) => [JSON.parse(json)].flat())
    .map((node) => node['@type'])
}

test('sitemap.xml lists indexable pages with real lastmod dates, and every URL in it answers 200', async () => {
  const response = await get('/sitemap.xml')
  assert.equal(response.status, 200)
  assert.match(response.headers.get('content-type') ?? '', /xml/)
  const xml = await response.text()
  const entries = [...xml.matchAll(/<loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>/g)].map(
    ([, loc = '', lastmod = '']) => ({ loc, lastmod }),
  )
  const paths = entries.map((e) => new URL(e.loc).pathname)
  for (const expected of [
    '/',
    '/consultation',
    '/treatments/ketamine-iv-therapy',
    '/compare/ketamine-iv-vs-kap',
    '/blog/ketamine-iv-therapy-vs-ketamine-assisted-psychotherapy',
    '/blog/page/2',
    '/locations',
    '/locations/portland-division',
    '/locations/beaverton',
    '/costs',
    '/accessibility',
    '/team',
    '/team/lucia-herrera',
    '/language-assistance',
    '/es',
    '/es/tratamientos',
    '/es/tratamientos/terapia-de-ketamina-intravenosa',
    '/es/blog',
    '/es/blog/terapia-de-ketamina-intravenosa-o-psicoterapia-asistida-con-ketamina',
    '/es/consulta',
    '/es/asistencia-linguistica',
  ]) {
    assert.ok(paths.includes(expected), `${expected} missing from the sitemap`)
  }
  assert.equal(entries.length, [...xml.matchAll(/<url>/g)].length, 'a <url> without <lastmod>')
  assert.ok(!paths.includes('/style-guide'), 'noindex page listed')
  assert.ok(
    entries.every((e) => new Date(e.lastmod).getTime() < Date.now() - 60_000),
    'a lastmod looks like the build time',
  )
  for (const path of paths) assert.equal((await get(path, { redirect: 'manual' })).status, 200, path)
})

test('sitemap.xml hreflang alternates are reciprocal, with x-default, and name only URLs it lists', async () => {
  const xml = await (await get('/sitemap.xml')).text()
  assert.match(xml, /xmlns:xhtml="http:\/\/www\.w3\.org\/1999\/xhtml"/)
  /** @type {Map<string, Record<string, string>>} */
  const urls = new Map()
  for (const [, body = ''] of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
    const loc = /<loc>([^<]+)<\/loc>/.exec(body)?.[1] ?? ''
    /** @type {Record<string, string>} */
    const links = {}
    for (const [, lang = '', href = ''] of body.matchAll(
      /<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g,
    ))
      links[lang] = href
    urls.set(loc, links)
  }
  let translated = 0
  for (const [loc, links] of urls) {
    if (Object.keys(links).length === 0) continue
    translated += 1
    assert.ok(links['x-default'], `${loc}: no x-default`)
    assert.ok(links.en === loc || links.es === loc, `${loc}: does not name itself`)
    for (const [lang, href] of Object.entries(links)) {
      assert.ok(urls.has(href), `${loc}: ${lang} alternate ${href} is not in the sitemap`)
      assert.deepEqual(urls.get(href), links, `${loc}: ${href} does not name the same alternates back`)
    }
  }
  assert.ok(translated >= 10, `only ${translated} URLs with alternates`)
  // The sitemap's URLs are on SITE_URL, not necessarily the address the tests reach the server on.
  const home = [...urls].find(([loc]) => new URL(loc).pathname === '/es')?.[1]
  assert.ok(home?.en && new URL(home.en).pathname === '/', 'the Spanish home names the English one')
})

test('robots.txt allows the site, keeps crawlers out of /studio and /api, and names the sitemap', async () => {
  const text = await (await get('/robots.txt')).text()
  assert.match(text, /Allow: \//)
  assert.match(text, /Disallow: \/studio/)
  assert.match(text, /Disallow: \/api/)
  assert.match(text, /Sitemap: https?:\/\/.+\/sitemap\.xml/)
})

test('the RSS feed is RSS 2.0 with absolute links', async () => {
  const response = await get('/blog/feed.xml')
  assert.equal(response.status, 200)
  const xml = await response.text()
  assert.match(xml, /<rss version="2.0"/)
  const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map(([, link = '']) => link)
  assert.ok(links.length >= 14 && links.length <= 20, `${links.length} items`)
  assert.ok(links.every((link) => /^https?:\/\/[^/]+\/blog\/[a-z0-9-]+$/.test(link)))
})

test('the Spanish RSS feed lists Spanish articles under /es/blog', async () => {
  const response = await get('/es/blog/feed.xml')
  assert.equal(response.status, 200)
  const xml = await response.text()
  assert.match(xml, /<language>es-us<\/language>/)
  const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map(([, link = '']) => link)
  assert.ok(links.length >= 5, `${links.length} items`)
  assert.ok(links.every((link) => /^https?:\/\/[^/]+\/es\/blog\/[a-z0-9-]+$/.test(link)))
})

test('each page type carries its structured data', async () => {
  const expectations = {
    '/': ['MedicalClinic'],
    '/treatments/ketamine-iv-therapy': ['MedicalWebPage', 'BreadcrumbList'],
    '/blog/ketamine-iv-therapy-vs-ketamine-assisted-psychotherapy': ['BlogPosting', 'MedicalWebPage', 'BreadcrumbList'],
    '/compare/ketamine-iv-vs-kap': ['BreadcrumbList'],
    '/blog/page/2': ['BreadcrumbList'],
    '/locations/portland-division': ['MedicalClinic', 'BreadcrumbList'],
    '/costs': ['BreadcrumbList'],
  }
  for (const [path, types] of Object.entries(expectations)) {
    const found = jsonLdTypes(await (await get(path)).text())
    for (const type of types) assert.ok(found.includes(type), `${path} lacks ${type} (has ${found.join(', ')})`)
  }
  const article = await (await get('/blog/ketamine-iv-therapy-vs-ketamine-assisted-psychotherapy')).text()
  const teamLink = /"author":\{"@type":"Person","name":"[^"]+","url":"(https?:[^"]+)"/.exec(article)?.[1]
  assert.ok(teamLink, 'author url')
  const profile = await (await get(new URL(teamLink).pathname)).text()
  assert.ok(jsonLdTypes(profile).includes('ProfilePage'))
})

test('internal pages are noindex; content pages have Open Graph and Twitter cards', async () => {
  const styleGuide = await (await get('/style-guide')).text()
  assert.match(styleGuide, /<meta name="robots" content="noindex, follow"/)
  const treatment = await (await get('/treatments/ketamine-assisted-psychotherapy')).text()
  assert.doesNotMatch(treatment, /noindex/)
  assert.match(
    treatment,
    /<meta property="og:image" content="https?:\/\/[^"]+\/og\/treatment\/ketamine-assisted-psychotherapy"/,
  )
  assert.match(treatment, /<meta name="twitter:card" content="summary_large_image"/)
  const card = await get('/og/treatment/ketamine-assisted-psychotherapy')
  assert.equal(card.status, 200)
  assert.equal(card.headers.get('content-type'), 'image/png')
})

test('an old URL kept as a redirect answers with one 308 hop to the live page', async () => {
  const response = await get('/blog/ketamine-iv-or-kap', { redirect: 'manual' })
  assert.equal(response.status, 308)
  const target = new URL(response.headers.get('location') ?? '', baseUrl)
  assert.equal(target.pathname, '/blog/ketamine-iv-therapy-vs-ketamine-assisted-psychotherapy')
  assert.equal((await get(target.pathname, { redirect: 'manual' })).status, 200)
})

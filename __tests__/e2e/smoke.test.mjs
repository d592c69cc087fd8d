// Loads every page of the URL contract plus everything linked from it, and checks status,
// a single h1, no sideways scrolling on a phone, and zero axe-core WCAG 2.1 A/AA violations.
/** @import { Browser } from 'playwright-core' */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { DESKTOP_VIEWPORT, PHONE_VIEWPORT, baseUrl, expectNoAxeViolations, launchBrowser } from './helpers.mjs'

const CONTRACT = [
  '/',
  '/treatments',
  '/treatments/ketamine-iv-therapy',
  '/treatments/ketamine-assisted-psychotherapy',
  '/compare/ketamine-iv-vs-kap',
  '/blog',
  '/blog/page/2',
  '/blog/ketamine-iv-therapy-vs-ketamine-assisted-psychotherapy',
  '/style-guide',
  '/locations',
  '/locations/portland-division',
  '/locations/beaverton',
  '/costs',
  '/accessibility',
  // The language-assistance notice (issue 14 §6), linked from every footer, in both languages.
  '/language-assistance',
  '/es/asistencia-linguistica',
  // The empty search page (search.test.mjs covers results); the header's form is not a link.
  '/search',
  '/team',
  // The Spanish site: every page type (the crawl follows their links to the rest).
  '/es',
  '/es/tratamientos',
  '/es/tratamientos/terapia-de-ketamina-intravenosa',
  '/es/comparar',
  '/es/comparar/ketamina-intravenosa-vs-kap',
  '/es/blog',
  '/es/blog/terapia-de-ketamina-intravenosa-o-psicoterapia-asistida-con-ketamina',
  '/es/blog/categoria/tratamientos-explicados',
  '/es/equipo/maya-ellison',
  '/es/privacidad',
  // A filtered view of the directory: noindex, canonical to /team.
  '/team?treatment=ketamine-iv-therapy&language=es',
]
// Routes that are not plain content pages, or that other tests cover.
const SKIP = [
  /^\/_next\//,
  /^\/studio/,
  /^\/api\//,
  /^\/consultation/,
  /^\/es\/consulta/,
  /^\/seed-images\//,
  /^\/og\//,
  /\.(xml|txt|svg|png|css|js)$/,
]

/** @type {Browser} */
let browser
before(async () => {
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
})

/** @returns {Promise<{ pathname: string, status: number, canonical: string | null, lang: string | null }[]>} */
async function crawl() {
  const queue = [...CONTRACT]
  const seen = new Set(queue)
  const pages = []
  let pathname
  while (pages.length < 160 && (pathname = queue.shift()) !== undefined) {
    const response = await fetch(new URL(pathname, baseUrl), { redirect: 'manual' })
    const html = response.status === 200 ? await response.text() : ''
    const canonical = /<link rel="canonical" href="(https?:\/\/[^"]+)"/.exec(html)?.[1] ?? null
    const lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? null
    pages.push({ pathname, status: response.status, canonical, lang })
    // Links a visitor can follow: anchors only, not preloads or stylesheets.
    for (const [, link = ''] of html.matchAll(/<a\b[^>]*\shref="(\/[^"#?]*)/g)) {
      if (!seen.has(link) && !SKIP.some((pattern) => pattern.test(link))) {
        seen.add(link)
        queue.push(link)
      }
    }
  }
  return pages
}

test('every contract page and every internal link answers 200 with a canonical URL', async () => {
  const pages = await crawl()
  const broken = pages.filter((p) => p.status !== 200)
  assert.deepEqual(broken, [], `broken pages: ${JSON.stringify(broken)}`)
  // A filtered view (a query string) names its unfiltered page.
  const withoutCanonical = pages.filter(
    (p) => !p.canonical || new URL(p.canonical).pathname !== new URL(p.pathname, baseUrl).pathname,
  )
  assert.deepEqual(withoutCanonical, [], 'every page names itself as canonical with an absolute URL')
  assert.ok(pages.length >= CONTRACT.length + 5, `crawl found only ${pages.length} pages`)
  // <html lang> follows the URL: Spanish under /es, English elsewhere.
  const wrongLang = pages
    .filter((p) => p.lang !== (p.pathname === '/es' || p.pathname.startsWith('/es/') ? 'es' : 'en'))
    .map((p) => `${p.pathname}: lang ${p.lang}`)
  assert.deepEqual(wrongLang, [])
  assert.ok(pages.filter((p) => p.lang === 'es').length >= 15, 'the crawl reached the Spanish pages')
  for (const type of ['/blog/category/', '/team/']) {
    assert.ok(
      pages.some((p) => p.pathname.startsWith(type)),
      `no ${type} page was linked`,
    )
  }
})

test('unknown articles, treatments, people, pages and URLs are server-rendered 404s with the site layout', async () => {
  for (const pathname of [
    '/blog/nope',
    '/nope',
    '/treatments/nope',
    '/team/nope',
    '/blog/category/nope',
    '/blog/page/99',
    '/locations/nope',
    '/es/nope',
    '/es/blog/nope',
    '/es/tratamientos/nope',
    '/es/equipo/nope',
    '/es/algo/que/no/existe',
  ]) {
    const response = await fetch(new URL(pathname, baseUrl))
    assert.equal(response.status, 404, pathname)
    const html = await response.text()
    assert.match(html, /href="tel:988"/, `${pathname} lacks the crisis notice`)
    assert.match(html, /<footer/, `${pathname} lacks the footer`)
  }
})

test('an unknown URL gets the 404 page in its language: Spanish under /es, English elsewhere', async () => {
  const languages = {
    es: { heading: 'No encontramos esa página', title: /^Página no encontrada \| /, skip: 'Ir al contenido principal' },
    en: { heading: 'We couldn’t find that page', title: /^Page not found \| /, skip: 'Skip to main content' },
  }
  for (const [pathname, lang] of /** @type {const} */ ([
    ['/es/blog/nope', 'es'],
    ['/es/tratamientos/nope', 'es'],
    ['/es/equipo/nope', 'es'],
    ['/es/algo/que/no/existe', 'es'],
    ['/nope', 'en'],
    ['/blog/nope', 'en'],
  ])) {
    const expected = languages[lang]
    const response = await fetch(new URL(pathname, baseUrl))
    assert.equal(response.status, 404, pathname)
    assert.match(response.headers.get('cache-control') ?? '', /no-store/, pathname)
    assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self' 'nonce-/, pathname)
    // The server's HTML itself, as a browser without JavaScript shows it.
    const html = await response.text()
    assert.equal(/<html lang="([^"]+)"/.exec(html)?.[1], lang, `${pathname}: <html lang>`)
    assert.match(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '', expected.title, `${pathname}: <title>`)
    const h1s = [...html.matchAll(/<h1\b[^>]*>([^<]*)<\/h1>/g)].map(([, text]) => text)
    assert.deepEqual(h1s, [expected.heading], `${pathname}: h1`)
    // The site chrome in the same language: skip link, crisis notice, header, footer.
    assert.ok(html.includes(expected.skip), `${pathname}: skip link`)
    assert.match(html, /href="tel:988"/, `${pathname}: crisis notice`)
    assert.match(html, /<header/, `${pathname}: header`)
    assert.match(html, /<footer/, `${pathname}: footer`)
    assert.ok(!html.includes('id="__next_error__"'), `${pathname}: an empty error document`)
  }
})

test('each page: one h1, fits a 390 px phone, no axe violations', async () => {
  const pages = (await crawl()).map((p) => p.pathname)
  const failures = []
  for (const viewport of [DESKTOP_VIEWPORT, PHONE_VIEWPORT]) {
    const context = await browser.newContext({ viewport })
    const page = await context.newPage()
    for (const pathname of [...pages, '/blog/nope', '/nope', '/es/blog/nope', '/es/algo/que/no/existe']) {
      await page.goto(new URL(pathname, baseUrl).href, { waitUntil: 'load' })
      const label = `${pathname} @${viewport.width}px`
      const h1s = await page.locator('h1').count()
      if (h1s !== 1) failures.push(`${label}: ${h1s} h1 elements`)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      if (overflow > 0) failures.push(`${label}: scrolls sideways by ${overflow}px`)
      try {
        await expectNoAxeViolations(page, label)
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error))
      }
    }
    await context.close()
  }
  assert.deepEqual(failures, [])
})

test('the skip link is the first stop for the keyboard and moves focus to main', async () => {
  const context = await browser.newContext({ viewport: DESKTOP_VIEWPORT })
  const page = await context.newPage()
  await page.goto(new URL('/treatments/ketamine-iv-therapy', baseUrl).href)
  await page.keyboard.press('Tab')
  const first = await page.evaluate(() => ({
    text: document.activeElement?.textContent?.trim(),
    href: document.activeElement?.getAttribute('href'),
  }))
  assert.equal(first.href, '#main')
  assert.match(first.text ?? '', /skip/i)
  await page.keyboard.press('Enter')
  assert.equal(await page.evaluate(() => location.hash), '#main')
  await context.close()
})

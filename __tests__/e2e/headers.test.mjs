// Security and caching headers on every kind of response, and pages that run under their
// Content-Security-Policy without a single violation (static pages: hashes of their inline
// scripts; pages rendered per request: a nonce; /studio: its own policy).
/** @import { Browser } from 'playwright-core' */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { PHONE_VIEWPORT, baseUrl, launchBrowser, url } from './helpers.mjs'

const STATIC_PAGES = [
  '/',
  '/treatments',
  '/treatments/ketamine-iv-therapy',
  '/compare/ketamine-iv-vs-kap',
  '/blog',
  '/blog/ketamine-iv-therapy-vs-ketamine-assisted-psychotherapy',
  '/blog/category/treatments-explained',
  '/team',
  '/team/maya-ellison',
  '/privacy',
  '/consultation',
  '/es',
  '/es/equipo/maya-ellison',
]
const PER_REQUEST_PAGES = [
  '/consultation/times',
  '/es/consulta/horarios',
  '/staff/sign-in',
  '/search?q=ketamine',
  '/team?language=es',
]
// Rendered per request, in the URL's language (the proxy names it): a URL no route has, or a slug no document has.
const NOT_FOUND_PAGES = [
  '/nope',
  '/blog/nope',
  '/es/blog/nope',
  '/es/tratamientos/nope',
  '/es/equipo/nope',
  '/es/algo/que/no/existe',
]
const ALL_PAGES = [...STATIC_PAGES, ...PER_REQUEST_PAGES, ...NOT_FOUND_PAGES]
/** Cached pages without an element that needs scripts: served without Next's JavaScript. */
const SCRIPT_FREE_PAGES = STATIC_PAGES.filter((path) => path !== '/consultation')

/**
 * @param {Response} response
 * @param {string} label
 */
function expectBaseHeaders(response, label) {
  const h = response.headers
  assert.match(h.get('strict-transport-security') ?? '', /max-age=\d{8,}/, `${label}: HSTS`)
  assert.equal(h.get('x-content-type-options'), 'nosniff', `${label}: nosniff`)
  assert.equal(h.get('referrer-policy'), 'strict-origin-when-cross-origin', `${label}: Referrer-Policy`)
  assert.match(
    h.get('permissions-policy') ?? '',
    /camera=\(\).*microphone=\(\).*geolocation=\(\)/,
    `${label}: Permissions-Policy`,
  )
  assert.equal(h.get('x-powered-by'), null, `${label}: X-Powered-By`)
}

/**
 * Parses the one policy of a response; two headers (fetch joins them with ", ") would both apply.
 * @param {Response} response
 * @param {string} label
 * @returns {Map<string, string[]>} directive name -> its values
 */
function policyOf(response, label) {
  const value = response.headers.get('content-security-policy')
  assert.ok(value, `${label}: no Content-Security-Policy`)
  assert.equal(
    value.match(/script-src/g)?.length ?? 0,
    value.includes("default-src 'none'") ? 0 : 1,
    `${label}: exactly one policy`,
  )
  return new Map(
    value
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values]),
  )
}

describe('response headers', () => {
  it('static pages: hash policy, no unsafe-inline scripts, not framable, CDN-cacheable', async () => {
    for (const path of STATIC_PAGES) {
      // The inbox answers only on its own origin when the runner gives one (STAFF_ORIGIN).
      const onStaffHost = path.startsWith('/staff') && process.env.E2E_STAFF_ORIGIN
      const response = await fetch(onStaffHost ? new URL(path, onStaffHost).href : url(path))
      assert.equal(response.status, 200, path)
      expectBaseHeaders(response, path)
      const policy = policyOf(response, path)
      const scripts = policy.get('script-src') ?? []
      assert.ok(!scripts.includes("'unsafe-inline'") && !scripts.includes("'unsafe-eval'"), `${path}: ${scripts}`)
      assert.ok(
        scripts.some((s) => s.startsWith("'sha256-")),
        `${path}: no script hashes`,
      )
      assert.deepEqual(policy.get('frame-ancestors'), ["'none'"], path)
      assert.deepEqual(policy.get('object-src'), ["'none'"], path)
      const cache = response.headers.get('cache-control') ?? ''
      assert.match(cache, /s-maxage=\d+/, `${path}: ${cache}`)
      assert.match(cache, /stale-while-revalidate=\d+/, `${path}: ${cache}`)
    }
  })

  it('the hashes are exactly those of the inline scripts the page carries', async () => {
    const { createHash } = await import('node:crypto')
    const response = await fetch(url('/treatments/ketamine-iv-therapy'))
    const policy = policyOf(response, 'treatment')
    const html = await response.text()
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      ([, attrs = '']) => !/\bsrc=|application\/ld\+json/.test(attrs),
    )
    assert.ok(inline.length > 1)
    const hashes = new Set(
      inline.map(([, , body = '']) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`),
    )
    assert.deepEqual(new Set((policy.get('script-src') ?? []).filter((s) => s.startsWith("'sha256-"))), hashes)
  })

  it('pages rendered per request get a fresh nonce and are never stored', async () => {
    const nonces = new Set()
    for (const path of [...PER_REQUEST_PAGES, ...PER_REQUEST_PAGES]) {
      // The inbox answers only on its own origin when the runner gives one (STAFF_ORIGIN).
      const onStaffHost = path.startsWith('/staff') && process.env.E2E_STAFF_ORIGIN
      const response = await fetch(onStaffHost ? new URL(path, onStaffHost).href : url(path))
      assert.equal(response.status, 200, path)
      expectBaseHeaders(response, path)
      const scripts = policyOf(response, path).get('script-src') ?? []
      const nonce = scripts.find((s) => s.startsWith("'nonce-"))
      assert.ok(nonce && !scripts.includes("'unsafe-inline'"), `${path}: ${scripts}`)
      nonces.add(nonce)
      const html = await response.text()
      assert.ok(html.includes(`nonce="${nonce.slice(7, -1)}"`), `${path}: scripts lack the nonce`)
      assert.match(response.headers.get('cache-control') ?? '', /no-store/, path)
    }
    assert.equal(nonces.size, PER_REQUEST_PAGES.length * 2, 'a nonce is never reused')
  })

  it('a stale draft-mode cookie still gets exactly one (the static) policy', async () => {
    const response = await fetch(url('/treatments/ketamine-iv-therapy'), {
      headers: { cookie: '__prerender_bypass=stale-from-an-old-build' },
    })
    const scripts = policyOf(response, 'stale cookie').get('script-src') ?? []
    assert.ok(
      scripts.some((s) => s.startsWith("'sha256-")) && !scripts.some((s) => s.startsWith("'nonce-")),
      String(scripts),
    )
  })

  it('404 pages carry the policy and are not cached', async () => {
    for (const path of NOT_FOUND_PAGES) {
      const response = await fetch(url(path))
      assert.equal(response.status, 404, path)
      expectBaseHeaders(response, path)
      const scripts = policyOf(response, path).get('script-src') ?? []
      assert.ok(!scripts.includes("'unsafe-inline'"), `${path}: ${scripts}`)
      // The 404 page renders per request: its scripts carry the nonce the policy names.
      const nonce = scripts.find((s) => s.startsWith("'nonce-"))
      assert.ok(nonce, `${path}: no nonce in ${scripts}`)
      assert.ok((await response.text()).includes(`nonce="${nonce.slice(7, -1)}"`), `${path}: scripts lack the nonce`)
      assert.match(response.headers.get('cache-control') ?? '', /no-store/, path)
    }
  })

  it('API answers: no-store and a policy that loads nothing', async () => {
    /** @type {[label: string, pending: Promise<Response>][]} */
    const requests = [
      ['GET /api/consultation-slots', fetch(url('/api/consultation-slots'))],
      [
        'POST /api/consultations',
        fetch(url('/api/consultations'), {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.7' },
          body: '{}',
        }),
      ],
      ['POST /api/revalidate', fetch(url('/api/revalidate'), { method: 'POST', body: '{}' })],
      ['GET /api/draft-mode/enable', fetch(url('/api/draft-mode/enable'), { redirect: 'manual' })],
    ]
    for (const [label, pending] of requests) {
      const response = await pending
      // 503 is the webhook without a configured secret; a 500 would be a crash.
      assert.notEqual(response.status, 500, label)
      expectBaseHeaders(response, label)
      assert.match(response.headers.get('cache-control') ?? '', /no-store/, label)
      const policy = response.headers.get('content-security-policy') ?? ''
      assert.match(policy, /default-src 'none'/, label)
      assert.match(policy, label.includes('draft-mode') ? /frame-ancestors 'self'/ : /frame-ancestors 'none'/, label)
    }
  })

  it('/studio has its own policy: Sanity APIs allowed, still no unsafe-inline scripts', async () => {
    const response = await fetch(url('/studio'))
    assert.equal(response.status, 200)
    expectBaseHeaders(response, '/studio')
    const policy = policyOf(response, '/studio')
    assert.ok((policy.get('connect-src') ?? []).includes('https://*.api.sanity.io'))
    assert.ok(!(policy.get('script-src') ?? []).includes("'unsafe-inline'"))
    const site = policyOf(await fetch(url('/')), '/')
    assert.ok(
      !(site.get('connect-src') ?? []).some((s) => s.includes('sanity.io')),
      'the site itself talks to no Sanity API from the browser',
    )
  })

  it('static assets carry the base headers too', async () => {
    const html = await (await fetch(url('/consultation'))).text()
    // The booking page's loader lists its chunks (content pages have none: script-free-page.cjs).
    const asset = /"(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(html)?.[1]
    assert.ok(asset)
    expectBaseHeaders(await fetch(url(asset)), asset)
  })
})

describe('pages in a browser under their policy', () => {
  /** @type {Browser} */
  let browser
  before(async () => {
    browser = await launchBrowser()
  })
  after(async () => {
    await browser?.close()
  })

  /** @param {string} path */
  async function visit(path, { settle = 0 } = {}) {
    const context = await browser.newContext({ viewport: PHONE_VIEWPORT })
    // Init scripts run through the DevTools protocol, outside the page's policy.
    await context.addInitScript(() => {
      window.__cspViolations = []
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`)
      })
    })
    const page = await context.newPage()
    /** @type {string[]} */
    const consoleErrors = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) consoleErrors.push(message.text())
    })
    /** @type {string[]} */
    const offsite = []
    page.on('request', (request) => {
      const target = new URL(request.url())
      if (target.protocol.startsWith('http') && target.origin !== new URL(baseUrl).origin) offsite.push(request.url())
    })
    await page.goto(url(path), { waitUntil: 'load' })
    if (settle) await page.waitForTimeout(settle)
    // Content pages run no framework (lib/cache/script-free-page.cjs): their inline scripts are
    // the speculation rules and the menu's Escape handler. Every other page hydrates, which needs
    // every inline payload script.
    const hydrated = SCRIPT_FREE_PAGES.includes(path)
      ? await page.waitForTimeout(500).then(() => page.evaluate(() => window.next === undefined))
      : await page
          .waitForFunction(() => Boolean(window.next?.version), null, { timeout: 10_000 })
          .then(
            () => true,
            () => false,
          )
    const violations = await page.evaluate(() => window.__cspViolations)
    await context.close()
    return { violations: [...violations, ...consoleErrors], hydrated, offsite }
  }

  it('every page type loads with zero CSP violations and no third-party requests, and hydrates where it needs to', async () => {
    const failures = []
    for (const path of ALL_PAGES) {
      const { violations, hydrated, offsite } = await visit(path)
      if (violations.length > 0) failures.push(`${path}: ${violations.join(' | ')}`)
      if (!hydrated) failures.push(`${path}: ${SCRIPT_FREE_PAGES.includes(path) ? 'ran Next' : 'did not hydrate'}`)
      if (offsite.length > 0) failures.push(`${path}: third-party requests ${offsite.join(', ')}`)
    }
    assert.deepEqual(failures, [])
  })

  it('the prerendered booking page loads its free times under its policy', async () => {
    const context = await browser.newContext({ viewport: PHONE_VIEWPORT })
    const page = await context.newPage()
    /** @type {string[]} */
    const blocked = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text())
    })
    const slots = page.waitForResponse((r) => r.url().includes('/api/consultation-slots'), { timeout: 15_000 })
    await page.goto(url('/consultation'), { waitUntil: 'load' })
    assert.equal((await slots).status(), 200)
    await context.close()
    assert.deepEqual(blocked, [])
  })

  it('/studio starts under its own policy without violations', async () => {
    const { violations } = await visit('/studio', { settle: 1500 })
    // Network failures to *.sanity.io are expected offline; policy refusals are not.
    assert.deepEqual(violations, [])
  })
})

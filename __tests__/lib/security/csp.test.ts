import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import { API_POLICY, DRAFT_MODE_API_POLICY, dynamicPagePolicy, newNonce } from '@/lib/security/csp'
import { perRequestRewrite, rendersPerRequest, TEAM_FILTERED_ROUTE } from '@/lib/security/dynamic-pages'
import { securityHeaderRules } from '@/lib/security/headers'

interface CacheHandlerModule {
  inlineScriptHashes: (html: string) => string[]
  policyFor: (key: string, html: string) => string
  servedPage: (key: string, value: object) => { html: string; headers: Record<string, string> } | null
}
const handler = createRequire(__filename)('../../../lib/security/csp-cache-handler.cjs') as CacheHandlerModule

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

describe('hash policy of a cached page', () => {
  const html =
    '<html><head><script src="/_next/static/a.js" async=""></script><script>self.__next_f.push([0])</script>' +
    '<script type="application/ld+json">{"@type":"MedicalClinic"}</script></head>' +
    '<body><script id="_R_">boot()</script><script>self.__next_f.push([1,"x"])</script></body></html>'

  it('hashes every executable inline script and nothing else', () => {
    expect(handler.inlineScriptHashes(html)).toEqual([
      sha('self.__next_f.push([0])'),
      sha('boot()'),
      sha('self.__next_f.push([1,"x"])'),
    ])
  })

  it('site pages: hashes, no unsafe-inline scripts, not framable', () => {
    const policy = handler.policyFor('/route-cache/APP_PAGE/abc/$/treatments/x', html)
    const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1] ?? ''
    expect(scriptSrc).toContain(sha('boot()'))
    expect(scriptSrc).not.toContain('unsafe-inline')
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).not.toContain('api.sanity.io')
  })

  it('/studio gets its own policy', () => {
    const policy = handler.policyFor('/route-cache/APP_PAGE/abc/$/studio', html)
    expect(policy).toContain('wss://*.api.sanity.io')
    expect(policy).toContain(sha('boot()'))
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
  })
})

describe('a cached page as it is served', () => {
  const html = '<html><head><script src="/_next/static/a.js" async=""></script></head><body><h1>Hi</h1></body></html>'
  const bookingPage = html.replace('<h1>Hi</h1>', '<div data-needs-scripts=""><form></form></div>')
  const page = (headers = {}, text = html) => ({ kind: 'APP_PAGE', html: text, headers })
  const inlineScripts = (text: string) =>
    [...text.matchAll(/<script(?: type="speculationrules")?>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '')

  it('content pages: no chunks, and the policy lists each inline script that replaced them', () => {
    const served = handler.servedPage('/route-cache/APP_PAGE/abc/$/treatments/x', page())
    expect(served?.html).not.toContain('/_next/static/a.js')
    const scripts = inlineScripts(served?.html ?? '')
    expect(scripts).toHaveLength(2)
    for (const script of scripts) expect(served?.headers['content-security-policy']).toContain(sha(script))
  })

  it('the booking page: scripts deferred, and the policy lists the loader that replaced them', () => {
    const served = handler.servedPage('/route-cache/APP_PAGE/abc/$/consultation', page({}, bookingPage))
    const loader = /<script>([\s\S]*?)<\/script><\/body>/.exec(served?.html ?? '')?.[1] ?? ''
    expect(loader).toContain('"/_next/static/a.js"')
    expect(served?.headers['content-security-policy']).toContain(sha(loader))
  })

  it('the Studio keeps its scripts; a served page is left alone, one cached before this is not', () => {
    const studio = handler.servedPage('/route-cache/APP_PAGE/abc/$/studio', page())
    expect(studio?.html).toBe(html)
    expect(handler.servedPage('/route-cache/APP_PAGE/abc/$/studio', { ...page(), ...studio })).toBeNull()
    const served = handler.servedPage('/x', page({ 'content-security-policy': "script-src 'self'" }))
    expect(served?.html).toContain('speculationrules')
    expect(handler.servedPage('/x', { kind: 'APP_PAGE', ...served })).toBeNull()
    expect(handler.servedPage('/x', { kind: 'APP_ROUTE', body: Buffer.from('') })).toBeNull()
  })
})

describe('nonce policy of a page rendered per request', () => {
  it('carries the nonce, no unsafe-inline, and lets only the Studio frame a draft', () => {
    const nonce = newNonce()
    expect(nonce).not.toBe(newNonce())
    const published = dynamicPagePolicy({ nonce, framedByStudio: false, development: false })
    expect(published).toContain(`'nonce-${nonce}'`)
    expect(published).not.toMatch(/unsafe-(inline|eval)[^;]*;.*style-src/)
    expect(published).toContain("frame-ancestors 'none'")
    expect(dynamicPagePolicy({ nonce, framedByStudio: true, development: false })).toContain("frame-ancestors 'self'")
    expect(dynamicPagePolicy({ nonce, framedByStudio: false, development: true })).toContain("'unsafe-eval'")
  })

  it('only the booking and staff pages, and the team directory’s filtered views, render per request', () => {
    const perRequest = (path: string) => rendersPerRequest(path)
    expect(['/consultation/times', '/consultation/thanks', '/staff', '/staff/bookings'].every(perRequest)).toBe(true)
    expect(
      [
        '/',
        '/consultation',
        '/treatments/x',
        '/consultations-guide',
        '/blog/staffing',
        '/team',
        '/team/maya-ellison',
      ].some(perRequest),
    ).toBe(false)
    const query = (search: string) => new URLSearchParams(search)
    expect(rendersPerRequest('/team', query('treatment=ketamine-iv-therapy'))).toBe(true)
    expect(rendersPerRequest('/team', query('language='))).toBe(true)
    expect(rendersPerRequest('/team', query('utm_source=x'))).toBe(false)
    expect(rendersPerRequest('/treatments', query('language=es'))).toBe(false)
    expect(perRequestRewrite('/team', query('language=es'))).toBe(TEAM_FILTERED_ROUTE)
    expect(perRequestRewrite('/team', query(''))).toBeNull()
  })
})

describe('header rules', () => {
  it('base headers everywhere, no-store and a load-nothing policy on the API', () => {
    const rules = securityHeaderRules()
    const all = rules.find((rule) => rule.source === '/:path*')
    expect(all?.headers.map((h) => h.key)).toEqual(
      expect.arrayContaining([
        'Strict-Transport-Security',
        'X-Content-Type-Options',
        'Referrer-Policy',
        'Permissions-Policy',
      ]),
    )
    const api = rules.find((rule) => rule.source === '/api/:path*')
    expect(api?.headers).toEqual(
      expect.arrayContaining([
        { key: 'Cache-Control', value: 'no-store, max-age=0' },
        { key: 'Content-Security-Policy', value: API_POLICY },
      ]),
    )
    expect(DRAFT_MODE_API_POLICY).toContain("frame-ancestors 'self'")
  })
})

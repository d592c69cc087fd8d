import { NextRequest } from 'next/server'
import { NOT_FOUND_LOCALE_HEADER } from '@/lib/i18n/not-found-locale'
import { proxyMatcher } from '@/lib/routes'
import type { RouteTable } from '@/lib/seo/route-table'
import { config, proxy } from '@/proxy'

const mockTable: RouteTable = { redirects: new Map(), knownPaths: new Set() }
/** `down`: the content cannot be read, so there is no route table. */
const mockContent = { down: false }
jest.mock('@/lib/seo/route-table', () => ({
  routeTable: async () => {
    if (mockContent.down) throw new Error('content unreachable')
    return mockTable
  },
}))

type Proxy = typeof proxy

const get = (url: string, run: Proxy = proxy, headers: Record<string, string> = {}) =>
  run(new NextRequest(url, { headers }))

/** The proxy as a process started with this environment reads it. */
async function proxyWith(env: Record<string, string>): Promise<Proxy> {
  const saved = { ...process.env }
  Object.assign(process.env, env)
  try {
    let loaded: Proxy | undefined
    await jest.isolateModulesAsync(async () => {
      loaded = (await import('@/proxy')).proxy
    })
    if (!loaded) throw new Error('proxy did not load')
    return loaded
  } finally {
    process.env = saved
  }
}

const rewrittenTo = (response: Response) => {
  const target = response.headers.get('x-middleware-rewrite')
  return target ? new URL(target).pathname : null
}

describe('proxy config', () => {
  // Next reads `config.matcher` from the source at build time, so proxy.ts spells it out.
  it('matches exactly the paths lib/routes.ts says the proxy runs for', () => {
    expect(config.matcher).toEqual([proxyMatcher()])
  })
})

describe('proxy redirects', () => {
  beforeEach(() => mockTable.redirects.clear())

  it('sends an old path to its new one on the same site, keeping the query', async () => {
    mockTable.redirects.set('/blog/old', { to: '/blog/new', status: 308 })
    const response = await get('https://clinic.example/blog/old?utm=x')
    expect(response.status).toBe(308)
    expect(response.headers.get('location')).toBe('https://clinic.example/blog/new?utm=x')
  })

  // The route table comes from content; these rules are refused there too, this is the last check.
  it.each([['/\\evil.example'], ['//evil.example'], ['/\\/evil.example'], ['https://evil.example/']])(
    'ignores a rule that would leave the site (%p)',
    async (to) => {
      mockTable.redirects.set('/blog/old', { to, status: 308 })
      const response = await get('https://clinic.example/blog/old')
      expect(response.headers.get('location')).toBeNull()
      expect(response.status).toBe(200)
    },
  )

  it.each([['/staff'], ['/consultation'], ['/consultation/times'], ['/api/consultations']])(
    'ignores a rule from %p',
    async (from) => {
      mockTable.redirects.set(from, { to: '/blog/new', status: 308 })
      const response = await get(`https://clinic.example${from}`)
      expect(response.headers.get('location')).toBeNull()
    },
  )
})

describe('proxy with one host (no STAFF_ORIGIN)', () => {
  it('serves the inbox, the Studio and the APIs on it', async () => {
    for (const path of ['/staff', '/staff/sign-in', '/studio', '/studio/structure', '/api/consultation-slots']) {
      const response = await get(`https://clinic.example${path}`)
      expect([response.status, rewrittenTo(response)]).toEqual([200, null])
    }
  })
})

describe('proxy with STAFF_ORIGIN', () => {
  let run: Proxy
  beforeAll(async () => {
    run = await proxyWith({ STAFF_ORIGIN: 'https://staff.clinic.example', SITE_URL: 'https://www.clinic.example' })
  })

  it('serves the inbox on the staff host, and gives it a nonce policy', async () => {
    for (const path of ['/staff', '/staff/sign-in', '/staff/export']) {
      const response = await get(`https://staff.clinic.example${path}`, run)
      expect(response.status).toBe(200)
      expect(rewrittenTo(response)).toBeNull()
      expect(response.headers.get('content-security-policy')).toMatch(/'nonce-/)
    }
  })

  it('reads the Host header, in any letter case and with the default port', async () => {
    const response = await get('http://127.0.0.1:3000/staff', run, { host: 'STAFF.clinic.example:443' })
    expect([response.status, rewrittenTo(response)]).toEqual([200, null])
  })

  it('answers everything else on the staff host with a bare 404, and its front door with the inbox', async () => {
    for (const path of ['/blog', '/studio', '/studio/structure', '/api/consultations', '/sitemap.xml', '/og/post/a']) {
      const response = await get(`https://staff.clinic.example${path}`, run)
      expect(response.status).toBe(404)
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/)
      expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/)
      expect(await response.text()).toBe('Not found')
    }
    const front = await get('https://staff.clinic.example/', run)
    expect(front.status).toBe(307)
    expect(front.headers.get('location')).toBe('https://staff.clinic.example/staff')
  })

  it('answers the inbox on every other host with the site 404 page, however it is spelled', async () => {
    for (const path of ['/staff', '/staff/', '/staff/sign-in', '/staff/export', '/Staff', '/%73taff', '//staff']) {
      const response = await get(`https://www.clinic.example${path}`, run)
      expect(rewrittenTo(response)).toBe('/__not-found')
      expect(notFoundLocale(response)).toBe('en')
      expectNoncePolicy(response, path)
    }
    const other = await get('https://clinic-site.internal/staff', run)
    expect(rewrittenTo(other)).toBe('/__not-found')
  })

  it('still serves the public site, the Studio and the APIs on the public host', async () => {
    for (const path of ['/', '/blog', '/studio', '/api/consultation-slots', '/staffing-news']) {
      const response = await get(`https://www.clinic.example${path}`, run)
      expect([response.status, rewrittenTo(response)]).toEqual([200, null])
    }
  })
})

describe('proxy with STUDIO_ENABLED=false', () => {
  it('answers /studio with the site 404 page and leaves the rest alone', async () => {
    const run = await proxyWith({ STUDIO_ENABLED: 'false' })
    for (const path of ['/studio', '/studio/structure/post', '/Studio']) {
      expect(rewrittenTo(await get(`https://clinic.example${path}`, run))).toBe('/__not-found')
    }
    expect(rewrittenTo(await get('https://clinic.example/staff', run))).toBeNull()
    expect(rewrittenTo(await get('https://clinic.example/blog', run))).toBeNull()
  })
})

/** The language the proxy names for the global 404 page, as it passes the request on to Next (or null). */
const notFoundLocale = (response: Response) => response.headers.get(`x-middleware-request-${NOT_FOUND_LOCALE_HEADER}`)

/** The nonce policy Next renders with, which must be the one the browser gets. */
function expectNoncePolicy(response: Response, label: string) {
  const policy = response.headers.get('content-security-policy')
  expect([label, policy]).toEqual([label, expect.stringMatching(/script-src 'self' 'nonce-[^']+'/)])
  expect([label, response.headers.get('x-middleware-request-content-security-policy')]).toEqual([label, policy])
}

describe("proxy 404s, in the URL's language", () => {
  beforeEach(() => {
    mockContent.down = false
    mockTable.knownPaths = new Set(['/blog/first', '/es/blog/primero', '/team/maya', '/es/equipo/maya'])
  })

  it('sends a slug no document has to a path no route answers, in its language folder', async () => {
    for (const [path, target, locale] of [
      ['/blog/nope', '/__not-found', 'en'],
      ['/team/nope', '/__not-found', 'en'],
      ['/es/blog/nope', '/es/__not-found', 'es'],
      ['/es/tratamientos/nope', '/es/__not-found', 'es'],
      ['/es/equipo/nope', '/es/__not-found', 'es'],
      ['/es/blog/categoria/nope', '/es/__not-found', 'es'],
    ] as const) {
      const response = await get(`https://clinic.example${path}`)
      expect([path, rewrittenTo(response), notFoundLocale(response)]).toEqual([path, target, locale])
      expectNoncePolicy(response, path)
    }
  })

  it('names the language of a URL no route answers, and gives it a nonce policy', async () => {
    for (const [path, locale] of [
      ['/nope', 'en'],
      ['/blog/a/b', 'en'],
      ['/es/nope', 'es'],
      ['/es/algo/que/no/existe', 'es'],
      ['/es/ubicaciones/portland-division', 'es'],
      // The proxy runs again for its own rewrite: the path alone still names the language.
      ['/__not-found', 'en'],
      ['/es/__not-found', 'es'],
      // Generated files pass through, but a path none of them answers is a 404 page too.
      ['/og/post', 'en'],
    ] as const) {
      const response = await get(`https://clinic.example${path}`)
      expect([path, rewrittenTo(response), notFoundLocale(response)]).toEqual([path, null, locale])
      expectNoncePolicy(response, path)
    }
  })

  it('leaves pages alone: static ones bring their own (hash) policy', async () => {
    for (const path of [
      '/',
      '/es',
      '/blog/first',
      '/es/blog/primero',
      '/team/maya',
      '/es/equipo/maya',
      '/es/privacidad',
    ]) {
      const response = await get(`https://clinic.example${path}`)
      expect([path, rewrittenTo(response), notFoundLocale(response)]).toEqual([path, null, null])
      expect([path, response.headers.get('content-security-policy')]).toEqual([path, null])
    }
  })

  it("leaves an unknown API path to the APIs' own policy", async () => {
    const response = await get('https://clinic.example/api/nope')
    expect([rewrittenTo(response), notFoundLocale(response)]).toEqual([null, null])
    expect(response.headers.get('content-security-policy')).toBeNull()
  })

  it('without the content, still answers a URL no route has, and serves slugs as routed', async () => {
    mockContent.down = true
    const missing = await get('https://clinic.example/es/algo/que/no/existe')
    expect(notFoundLocale(missing)).toBe('es')
    expectNoncePolicy(missing, 'missing')
    const slug = await get('https://clinic.example/es/blog/nope')
    expect([rewrittenTo(slug), notFoundLocale(slug)]).toEqual([null, null])
  })

  it('lets draft mode preview a slug that is not published yet', async () => {
    const response = await get('https://clinic.example/es/blog/borrador', proxy, { cookie: '__prerender_bypass=x' })
    expect([rewrittenTo(response), notFoundLocale(response)]).toEqual([null, null])
  })
})

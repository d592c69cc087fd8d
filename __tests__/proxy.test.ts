import { NextRequest } from 'next/server'
import { proxyMatcher } from '@/lib/routes'
import type { RouteTable } from '@/lib/seo/route-table'
import { config, proxy } from '@/proxy'

const table: RouteTable = { redirects: new Map(), knownPaths: new Set() }
jest.mock('@/lib/seo/route-table', () => ({ routeTable: async () => table }))

const get = (url: string) => proxy(new NextRequest(url))

describe('proxy config', () => {
  // Next reads `config.matcher` from the source at build time, so proxy.ts spells it out.
  it('matches exactly the paths lib/routes.ts says the proxy runs for', () => {
    expect(config.matcher).toEqual([proxyMatcher()])
  })
})

describe('proxy redirects', () => {
  beforeEach(() => table.redirects.clear())

  it('sends an old path to its new one on the same site, keeping the query', async () => {
    table.redirects.set('/blog/old', { to: '/blog/new', status: 308 })
    const response = await get('https://clinic.example/blog/old?utm=x')
    expect(response.status).toBe(308)
    expect(response.headers.get('location')).toBe('https://clinic.example/blog/new?utm=x')
  })

  // The route table comes from content; these rules are refused there too, this is the last check.
  it.each([['/\\evil.example'], ['//evil.example'], ['/\\/evil.example'], ['https://evil.example/']])(
    'ignores a rule that would leave the site (%p)',
    async (to) => {
      table.redirects.set('/blog/old', { to, status: 308 })
      const response = await get('https://clinic.example/blog/old')
      expect(response.headers.get('location')).toBeNull()
      expect(response.status).toBe(200)
    },
  )

  it.each([['/staff'], ['/consultation'], ['/consultation/times']])('ignores a rule from %p', async (from) => {
    table.redirects.set(from, { to: '/blog/new', status: 308 })
    const response = await get(`https://clinic.example${from}`)
    expect(response.headers.get('location')).toBeNull()
  })
})

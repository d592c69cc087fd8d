/**
 * The proxy's route table: read through the content reader (replaced here), kept while the
 * content does not change, and during an outage the last good table, asked again every 10 s.
 */
import { forgetProcessSingleton } from '@/lib/process-singleton'
import { POST_COUNT_QUERY, REDIRECTS_QUERY, SITEMAP_QUERY } from '@/lib/content/queries'
import type { ContentRead } from '@/lib/content/source'
import { routeTable } from '@/lib/seo/route-table'

let version: string | null = null
let failing = false
const reads: { query: string; read: ContentRead | undefined }[] = []
const answers: Record<string, unknown> = {
  [REDIRECTS_QUERY]: [{ _id: 'r1', from: '/old', to: '/blog/a-post', permanent: true }],
  [SITEMAP_QUERY]: [
    {
      _id: 'post-a',
      _type: 'post',
      slug: 'a-post',
      language: 'en',
      _updatedAt: '2026-01-01T00:00:00Z',
      noIndex: false,
    },
    {
      _id: 'post-a-es',
      _type: 'post',
      slug: 'un-articulo',
      language: 'es',
      _updatedAt: '2026-01-01T00:00:00Z',
      noIndex: false,
    },
  ],
  [POST_COUNT_QUERY]: 1,
}

jest.mock('@/lib/content/reader', () => ({
  contentVersion: async () => version,
  readContent: async (query: string, _params: unknown, read?: ContentRead) => {
    reads.push({ query, read })
    if (failing) throw new Error('Internal Server Error (outage)')
    return answers[query]
  },
}))

let now = Date.parse('2026-06-01T09:00:00Z')
let warn: jest.SpyInstance
beforeEach(() => {
  forgetProcessSingleton('seo:route-table')
  version = null
  failing = false
  reads.length = 0
  jest.spyOn(Date, 'now').mockImplementation(() => now)
  warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterEach(() => jest.restoreAllMocks())

const advance = (ms: number) => {
  now += ms
}

describe('routeTable', () => {
  it('builds redirects and known paths from fresh, fail-fast reads', async () => {
    const table = await routeTable()
    expect(table.redirects.get('/old')).toEqual(expect.objectContaining({ to: '/blog/a-post' }))
    expect(table.knownPaths.has('/blog/a-post')).toBe(true)
    expect(table.knownPaths.has('/es/blog/un-articulo')).toBe(true)
    expect(table.knownPaths.has('/blog/un-articulo')).toBe(false)
    // Redirects, the documents, and the article count of each language.
    expect(reads.map(({ read }) => read)).toEqual(Array(4).fill({ kind: 'fresh', failFast: true }))
  })

  it('follows the dataset version when there is one (embedded dataset)', async () => {
    version = 'v1'
    const first = await routeTable()
    advance(60_000)
    expect(await routeTable()).toBe(first)
    version = 'v2'
    expect(await routeTable()).not.toBe(first)
    expect(reads).toHaveLength(8)
  })

  it('without a version (Sanity) reads again once 10 s have passed', async () => {
    const first = await routeTable()
    advance(9_000)
    expect(await routeTable()).toBe(first)
    advance(2_000)
    expect(await routeTable()).not.toBe(first)
    expect(reads).toHaveLength(8)
  })

  it('keeps the last good table through an outage and asks again every 10 s', async () => {
    const good = await routeTable()
    failing = true
    advance(11_000)
    expect(await routeTable()).toBe(good)
    expect(warn).toHaveBeenCalledTimes(1)
    const readsAfterFailure = reads.length
    advance(5_000)
    expect(await routeTable()).toBe(good)
    expect(reads).toHaveLength(readsAfterFailure)
    failing = false
    advance(6_000)
    const back = await routeTable()
    expect(back).not.toBe(good)
    expect(back.knownPaths.has('/blog/a-post')).toBe(true)
  })

  it('with no table read yet, an outage is an error the proxy routes around', async () => {
    failing = true
    await expect(routeTable()).rejects.toThrow('outage')
    await expect(routeTable()).rejects.toThrow('the route table is unavailable (content outage)')
  })
})

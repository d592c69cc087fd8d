import { fetchList, fetchOne } from '@/lib/content/fetch'
import { categorySchema } from '@/lib/content/schemas'
import { createSanityFetcher } from '@/lib/content/sanity-source'
import type { ContentFetcher } from '@/lib/content/source'

const good = { _id: 'category-a', title: 'Mental health', slug: 'mental-health', description: null }
const broken = { _id: 'category-broken', title: '', slug: 'Not A Slug' }
const fixed =
  (value: unknown): ContentFetcher =>
  async () =>
    value

describe('content validation boundary', () => {
  let warn: jest.SpyInstance
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
  })
  afterEach(() => warn.mockRestore())

  it('skips a broken document in a listing, logs its _id, and keeps the others', async () => {
    const items = await fetchList({ query: 'q', tags: ['category'], schema: categorySchema }, fixed([good, broken]))
    expect(items).toEqual([good])
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]?.[0]).toContain('category-broken')
  })

  it('treats a broken single document as not found', async () => {
    expect(await fetchOne({ query: 'q', tags: [], schema: categorySchema }, fixed(broken))).toBeNull()
    expect(warn.mock.calls[0]?.[0]).toContain('slug')
  })

  it('returns null for a missing document without logging', async () => {
    expect(await fetchOne({ query: 'q', tags: [], schema: categorySchema }, fixed(null))).toBeNull()
    expect(warn).not.toHaveBeenCalled()
  })

  it('returns an empty listing when the result is not a list', async () => {
    expect(await fetchList({ query: 'q', tags: ['category'], schema: categorySchema }, fixed({ oops: true }))).toEqual(
      [],
    )
  })
})

describe('Sanity-mode source (Sanity client mocked: the hosted API cannot run here)', () => {
  it('sends the same query and params with the cache tags to next-sanity', async () => {
    const fetch = jest.fn().mockResolvedValue([good])
    const fetcher = createSanityFetcher({ fetch })
    await expect(fetcher('*[_type == $t]', { t: 'category' }, ['category'])).resolves.toEqual([good])
    expect(fetch).toHaveBeenCalledWith(
      '*[_type == $t]',
      { t: 'category' },
      { next: { tags: ['category'], revalidate: false } },
    )
  })

  it('is chosen by fetchContent when a project id is set', async () => {
    const fetch = jest.fn().mockResolvedValue(good)
    const createClient = jest.fn().mockReturnValue({ fetch })
    jest.resetModules()
    jest.doMock('next-sanity', () => ({ createClient }))
    process.env.NEXT_PUBLIC_SANITY_PROJECT_ID = 'abc123'
    try {
      const { fetchContent } = await import('@/lib/content/fetch')
      await expect(fetchContent('*[0]', {}, ['x'])).resolves.toEqual(good)
      expect(createClient).toHaveBeenCalledWith(
        expect.objectContaining({ projectId: 'abc123', perspective: 'published', useCdn: true }),
      )
    } finally {
      delete process.env.NEXT_PUBLIC_SANITY_PROJECT_ID
      jest.dontMock('next-sanity')
    }
  })
})

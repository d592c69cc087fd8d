import { SITEMAP_QUERY } from '@/lib/content/queries'
import type { SitemapDocument } from '@/lib/content/schemas'
import { documentPath, ROUTABLE_TYPES } from '@/lib/routes'
import { MAX_URLS_PER_SITEMAP, renderSitemap, renderSitemapPart, sitemapEntries } from '@/lib/seo/sitemap'

const doc = (_type: SitemapDocument['_type'], slug: string, _updatedAt: string, noIndex = false): SitemapDocument => ({
  _id: `${_type}-${slug}`,
  _type,
  slug,
  language: 'en',
  _updatedAt,
  noIndex,
})

const documents = [
  doc('treatment', 'ketamine-iv-therapy', '2026-05-01T10:00:00Z'),
  doc('post', 'older', '2026-02-01T10:00:00Z'),
  doc('post', 'newer', '2026-09-15T08:30:00Z'),
  doc('person', 'dr-a', '2026-01-10T00:00:00Z'),
  doc('category', 'mental-health', '2026-01-05T00:00:00Z'),
  doc('comparisonTable', 'ketamine-iv-vs-kap', '2026-04-01T00:00:00Z'),
  doc('page', 'style-guide', '2026-10-01T00:00:00Z', true),
  doc('page', 'privacy', '2026-03-01T00:00:00Z'),
]

describe('sitemapEntries', () => {
  const entries = sitemapEntries({ documents, postPageCounts: { en: 3 } })
  const byPath = Object.fromEntries(entries.map((e) => [e.path, e.lastModified]))

  it('maps each document type to its URL with its own update time', () => {
    expect(byPath).toMatchObject({
      '/treatments/ketamine-iv-therapy': '2026-05-01T10:00:00Z',
      '/blog/newer': '2026-09-15T08:30:00Z',
      '/team/dr-a': '2026-01-10T00:00:00Z',
      '/blog/category/mental-health': '2026-01-05T00:00:00Z',
      '/compare/ketamine-iv-vs-kap': '2026-04-01T00:00:00Z',
      '/privacy': '2026-03-01T00:00:00Z',
    })
  })

  it('dates listings by the newest document they list, and lists every article page', () => {
    expect(byPath['/']).toBe('2026-09-15T08:30:00Z')
    expect(byPath['/treatments']).toBe('2026-05-01T10:00:00Z')
    expect(byPath['/compare']).toBe('2026-04-01T00:00:00Z')
    expect(byPath['/consultation']).toBe('2026-05-01T10:00:00Z')
    expect(byPath['/consultation/times']).toBeUndefined()
    // The team directory: its people and the treatments it filters by.
    expect(byPath['/team']).toBe('2026-05-01T10:00:00Z')
    expect(byPath['/blog/page/2']).toBe('2026-09-15T08:30:00Z')
    expect(byPath['/blog/page/3']).toBe('2026-09-15T08:30:00Z')
    expect(byPath['/blog/page/4']).toBeUndefined()
  })

  it('lists a page for every routable type, read by the sitemap query', () => {
    // GROQ strings must be literals for typegen, so the query repeats the list; this keeps them equal.
    const queried = /_type in \[([^\]]*)\]/.exec(SITEMAP_QUERY)?.[1]
    expect(
      queried
        ?.split(',')
        .map((type) => JSON.parse(type.trim()))
        .sort(),
    ).toEqual([...ROUTABLE_TYPES].sort())
    const all = sitemapEntries({
      documents: ROUTABLE_TYPES.map((type) => doc(type, 'x', '2026-01-01T00:00:00Z')),
      postPageCounts: { en: 1 },
    })
    for (const type of ROUTABLE_TYPES) expect(all.map((entry) => entry.path)).toContain(documentPath(type, 'x'))
  })

  it('leaves out noindex documents', () => {
    expect(byPath['/style-guide']).toBeUndefined()
  })

  it('lists each location, the locations index dated by the newest, and singleton pages as given', () => {
    const withPlaces = sitemapEntries({
      documents: [
        ...documents,
        doc('location', 'portland-division', '2026-11-16T17:30:00Z'),
        doc('location', 'beaverton', '2026-11-16T17:35:00Z'),
        doc('page', 'accessibility', '2026-11-16T18:30:00Z'),
      ],
      postPageCounts: { en: 1 },
      singletonPages: [{ path: '/costs', lastModified: '2026-11-16T18:00:00Z' }],
    })
    expect(Object.fromEntries(withPlaces.map((e) => [e.path, e.lastModified]))).toMatchObject({
      '/locations': '2026-11-16T17:35:00Z',
      '/locations/portland-division': '2026-11-16T17:30:00Z',
      '/locations/beaverton': '2026-11-16T17:35:00Z',
      '/costs': '2026-11-16T18:00:00Z',
      '/accessibility': '2026-11-16T18:30:00Z',
    })
    // No locations yet: no empty index in the sitemap.
    expect(byPath['/locations']).toBeUndefined()
  })
})

describe('renderSitemap', () => {
  it('renders a urlset with absolute locations and ISO lastmod', () => {
    const xml = renderSitemap([{ path: '/blog/a&b', lastModified: '2026-09-15T08:30:00Z' }])
    expect(xml).toContain(
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    )
    expect(xml).toContain('<loc>http://localhost:3000/blog/a&amp;b</loc><lastmod>2026-09-15T08:30:00.000Z</lastmod>')
  })

  it('switches to a sitemap index past 50,000 URLs and serves each part', () => {
    const many = Array.from({ length: MAX_URLS_PER_SITEMAP + 1 }, (_, i) => ({
      path: `/blog/post-${i}`,
      lastModified: '2026-01-01T00:00:00Z',
    }))
    const index = renderSitemap(many)
    expect(index).toContain('<sitemapindex')
    expect(index.match(/<sitemap>/g)).toHaveLength(2)
    expect(renderSitemapPart(many, 2)).toContain('/blog/post-50000</loc>')
    expect(renderSitemapPart(many, 3)).toBeNull()
    expect(renderSitemapPart(many.slice(0, 10), 1)).toBeNull()
  })
})

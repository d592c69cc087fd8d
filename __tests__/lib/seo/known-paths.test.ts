import { isUnknownContentPath, knownContentPaths } from '@/lib/seo/known-paths'

const known = knownContentPaths(
  [
    {
      _id: 'post-first-infusion',
      _type: 'post',
      slug: 'first-infusion',
      language: 'en',
      _updatedAt: '2026-01-01T00:00:00Z',
      noIndex: false,
    },
    {
      _id: 'treatment-ketamine-iv-therapy',
      _type: 'treatment',
      slug: 'ketamine-iv-therapy',
      language: 'en',
      _updatedAt: '2026-01-01T00:00:00Z',
      noIndex: false,
    },
    {
      _id: 'category-mental-health',
      _type: 'category',
      slug: 'mental-health',
      language: 'en',
      _updatedAt: '2026-01-01T00:00:00Z',
      noIndex: false,
    },
    {
      _id: 'person-dr-a',
      _type: 'person',
      slug: 'dr-a',
      language: 'en',
      _updatedAt: '2026-01-01T00:00:00Z',
      noIndex: false,
    },
    {
      _id: 'comparisonTable-ketamine-iv-vs-kap',
      _type: 'comparisonTable',
      slug: 'ketamine-iv-vs-kap',
      language: 'en',
      _updatedAt: '2026-01-01T00:00:00Z',
      noIndex: false,
    },
  ],
  3,
)

describe('isUnknownContentPath', () => {
  it('knows every published document and every article page', () => {
    for (const path of [
      '/blog/first-infusion',
      '/treatments/ketamine-iv-therapy',
      '/blog/category/mental-health',
      '/team/dr-a',
      '/compare/ketamine-iv-vs-kap',
      '/blog/page/1',
      '/blog/page/2',
      '/blog/page/3',
    ]) {
      expect(isUnknownContentPath(path, known)).toBe(false)
    }
  })

  it('flags slugs and page numbers that do not exist', () => {
    for (const path of [
      '/blog/nope',
      '/treatments/nope',
      '/blog/category/nope',
      '/team/nope',
      '/compare/nope',
      '/blog/page/4',
      '/blog/page/02',
    ]) {
      expect(isUnknownContentPath(path, known)).toBe(true)
    }
  })

  it('leaves every other route alone', () => {
    for (const path of [
      '/',
      '/blog',
      '/treatments',
      '/compare',
      '/consultation',
      '/blog/feed.xml',
      '/style-guide',
      '/nope',
    ]) {
      expect(isUnknownContentPath(path, known)).toBe(false)
    }
  })
})

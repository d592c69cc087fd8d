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
    {
      _id: 'treatment-ketamine-iv-therapy-es',
      _type: 'treatment',
      slug: 'terapia-intravenosa-con-ketamina',
      language: 'es',
      _updatedAt: '2026-01-01T00:00:00Z',
      noIndex: false,
    },
    {
      _id: 'post-first-infusion-es',
      _type: 'post',
      slug: 'primera-infusion',
      language: 'es',
      _updatedAt: '2026-01-01T00:00:00Z',
      noIndex: false,
    },
  ],
  { en: 3, es: 1 },
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

describe('isUnknownContentPath in Spanish', () => {
  it('knows each document at its path in its own language only', () => {
    for (const path of [
      '/es/tratamientos/terapia-intravenosa-con-ketamina',
      '/es/blog/primera-infusion',
      '/es/blog/page/1',
    ])
      expect(isUnknownContentPath(path, known)).toBe(false)
    for (const path of [
      '/es/tratamientos/nope',
      // An English slug under /es, and a Spanish slug at the English path, name nothing.
      '/es/tratamientos/ketamine-iv-therapy',
      '/treatments/terapia-intravenosa-con-ketamina',
      '/blog/primera-infusion',
      '/es/blog/first-infusion',
      '/es/blog/page/2',
    ])
      expect(isUnknownContentPath(path, known)).toBe(true)
  })

  it('leaves the fixed Spanish pages alone', () => {
    for (const path of ['/es', '/es/tratamientos', '/es/blog', '/es/blog/feed.xml', '/es/consulta'])
      expect(isUnknownContentPath(path, known)).toBe(false)
  })
})

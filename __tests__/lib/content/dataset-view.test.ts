import { evaluate, parse } from 'groq-js'
import { createDatasetView, queryView } from '@/lib/content/dataset-view'
import { applyPerspective, queryDocuments, type Perspective } from '@/lib/content/local-dataset'
import * as queries from '@/lib/content/queries'
import { syntheticDataset } from '@/scripts/lib/synthetic-dataset'

/** Spanish translations of two posts, linked the way the Studio's translation plugin links them. */
const spanish = ['post-00010', 'post-04000'].flatMap((id) => [
  {
    _id: `${id}-es`,
    _type: 'post',
    language: 'es',
    _updatedAt: '2026-09-04T10:00:00Z',
    title: `Artículo ${id}`,
    slug: { _type: 'slug', current: `articulo-${id}` },
    publishedAt: '2021-01-01T00:00:00Z',
    author: { _type: 'reference', _ref: 'person-1' },
  },
  {
    _id: `translation-metadata-${id}`,
    _type: 'translation.metadata',
    schemaTypes: ['post'],
    translations: [
      { _key: 'k1', language: 'en', value: { _type: 'reference', _ref: id } },
      { _key: 'k2', language: 'es', value: { _type: 'reference', _ref: `${id}-es` } },
    ],
  },
])
const documents = [...syntheticDataset(5000), ...spanish]

/** Slugs that exist for each kind of lookup (and one that does not), by the query's name. */
const SLUGS: Record<string, string[]> = {
  POST_QUERY: ['post-00010', 'post-04000', 'post-00049' /* scheduled for later */, 'articulo-post-00010'],
  POSTS_IN_CATEGORY_QUERY: ['category-3'],
  POSTS_BY_AUTHOR_QUERY: ['person-2'],
  CATEGORY_QUERY: ['category-3'],
  PERSON_QUERY: ['person-2'],
  TREATMENT_QUERY: ['treatment-1'],
  COMPARISON_TABLE_QUERY: ['comparison-0'],
  PAGE_QUERY: ['page-0'],
}

/** Each query's parameter sets; those that take `$language` run in English and in Spanish. */
function paramSets(name: string, query: string): Record<string, unknown>[] {
  const sets = baseParamSets(name, query)
  if (!query.includes('$language')) return sets
  return (['en', 'es'] as const).flatMap((language) => sets.map((params) => ({ ...params, language })))
}

function baseParamSets(name: string, query: string): Record<string, unknown>[] {
  if (query.includes('$id')) return ['post-00010', 'post-00011'].map((id) => ({ id }))
  if (query.includes('$start'))
    return [
      { start: 0, end: 12 },
      { start: 4800, end: 4812 },
    ]
  if (query.includes('$slug')) return [...(SLUGS[name] ?? []), 'no-such-slug'].map((slug) => ({ slug }))
  return [{}]
}

const cases = Object.entries(queries).flatMap(([name, query]) =>
  paramSets(name, query).map((params) => [name, params, query] as const),
)

describe.each<Perspective>(['published', 'drafts'])('queryView over 5,000 documents (%s)', (perspective) => {
  const all = applyPerspective(documents, perspective)
  const view = createDatasetView(all)

  it.each(cases)('%s %j answers as groq-js over every document', async (_name, params, query) => {
    const expected = await queryDocuments(all, query, params)
    expect(await queryView(view, query, params)).toEqual(expected)
    // Asked again, from the kept answer.
    expect(await queryView(view, query, params)).toEqual(expected)
  })

  it('covers every query in queries.ts', () => {
    expect(new Set(cases.map(([name]) => name)).size).toBe(Object.keys(queries).length)
  })
})

describe('kept answers and the clock', () => {
  const soon = new Date(Date.UTC(2030, 0, 1, 12))
  const docs = [
    { _id: 'a', _type: 'post', slug: { current: 'a' }, publishedAt: '2020-01-01T00:00:00Z' },
    { _id: 'b', _type: 'post', slug: { current: 'b' }, publishedAt: soon.toISOString() },
  ]
  const english = { language: 'en' }
  const groqAt = async (query: string, now: Date) =>
    (await evaluate(parse(query), { dataset: docs, timestamp: now, params: english })).get()

  it('gives a scheduled post once its time has come, as groq-js would', async () => {
    const view = createDatasetView(docs)
    const before = new Date(soon.getTime() - 1000)
    const after = new Date(soon.getTime() + 1000)
    expect(await queryView(view, queries.POST_SLUGS_QUERY, english, before)).toEqual(['a'])
    expect(await queryView(view, queries.POST_SLUGS_QUERY, english, after)).toEqual(['a', 'b'])
    expect(await queryView(view, queries.POST_SLUGS_QUERY, english, after)).toEqual(
      await groqAt(queries.POST_SLUGS_QUERY, after),
    )
  })

  it('does not keep answers that use now() outside the filter', async () => {
    const view = createDatasetView(docs)
    const query = '*[_type == "post"]{"at": now()}'
    const first = await queryView(view, query, {}, new Date(1000))
    const second = await queryView(view, query, {}, new Date(2000))
    expect(first).not.toEqual(second)
  })
})

describe('NEWEST_POST_SLUGS_QUERY', () => {
  it('names the hundred newest listed posts, newest first: what next build renders ahead', async () => {
    const view = createDatasetView(applyPerspective(documents, 'published'))
    const now = new Date()
    const newest = (await queryView(view, queries.NEWEST_POST_SLUGS_QUERY, { language: 'en' }, now)) as string[]
    const all = (await queryView(
      view,
      `*[_type == "post" && defined(slug.current) && publishedAt <= now() && coalesce(language, "en") == "en"] | order(publishedAt desc){"slug": slug.current}`,
      {},
      now,
    )) as { slug: string }[]
    expect(all.length).toBeGreaterThan(100)
    expect(newest).toEqual(all.slice(0, 100).map((post) => post.slug))
  })
})

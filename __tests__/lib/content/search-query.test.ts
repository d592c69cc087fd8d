/**
 * The site search's GROQ on both backends. The embedded one is groq-js over the seed dataset;
 * the Content Lake cannot run here, so for it only Sanity's hosted HTTP API is mocked (a local
 * HTTP server that records what next-sanity's real client sends and answers with groq-js over
 * the same seed) and the test checks it receives exactly the query text and parameters the
 * embedded backend runs.
 */
import { parse, type ExprNode } from 'groq-js'
import { embeddedContent, startMockedLake } from '@/__tests__/helpers/search-backends'
import { searchParams, searchQuery, searchRequest, SEARCH_WEIGHTS } from '@/lib/content/search-query'

// Search runs groq-js's full-text scoring over the whole seed (both languages): seconds per
// query on this 2-core machine when other suites run beside it.
jest.setTimeout(30_000)

jest.mock('next/cache', () => ({ unstable_cache: <T>(fn: T) => fn }))

const TERMS = [['ketamine*'], ['esketamine'], ['ketamine', 'assisted', 'psychotherapy']]

/** Every function (namespace::name), pipe function and operator a parsed query uses. */
function usedFeatures(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) usedFeatures(item, found)
  else if (typeof node === 'object' && node !== null) {
    const expr = node as ExprNode & Record<string, unknown>
    if (expr.type === 'FuncCall') found.add(`${String(expr.namespace)}::${String(expr.name)}`)
    if (expr.type === 'PipeFuncCall') found.add(`|${String(expr.name)}`)
    if (expr.type === 'OpCall') found.add(String(expr.op))
    for (const value of Object.values(expr)) usedFeatures(value, found)
  }
  return found
}

describe('the search query', () => {
  it('parses with groq-js for one term, several, and terms of several words', () => {
    for (const shape of [[1], [1, 3], [2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1]]) {
      expect(() =>
        parse(searchQuery(shape), { params: searchParams(shape.map((n) => Array(n).fill('x'))) }),
      ).not.toThrow()
    }
  })

  it('uses only these functions, all in groq-js and the Content Lake (the seed runs below evaluate them)', () => {
    const features = usedFeatures(parse(searchRequest(TERMS).query, { params: searchRequest(TERMS).params }))
    expect([...features].filter((f) => f.includes('::')).sort()).toEqual([
      'array::compact',
      'array::join',
      'global::boost',
      'global::coalesce',
      'global::defined',
      'global::now',
      'pt::text',
    ])
    expect([...features].filter((f) => f.startsWith('|')).sort()).toEqual(['|order', '|score'])
    expect(features.has('match')).toBe(true)
  })

  it('is the same text whatever the words: they travel only as parameters', () => {
    const one = searchRequest([['ketamine*'], ['a', 'b']])
    const other = searchRequest([['"] || true || ["'], ['*', '$t0w0']])
    expect(one.query).toBe(other.query)
    expect(one.query).not.toContain('ketamine')
    expect(other.params).toEqual({ t0w0: '"] || true || ["', t1w0: '*', t1w1: '$t0w0' })
  })

  it('refuses a search with no terms or an empty term rather than building a query that matches all', () => {
    expect(() => searchQuery([])).toThrow()
    expect(() => searchQuery([0])).toThrow()
  })

  it('weights each tier above everything the tiers below can add for a term of up to three words', () => {
    const most = (weight: number) => weight + 3 * 2.2
    expect(SEARCH_WEIGHTS.title + 3).toBeGreaterThan(
      most(SEARCH_WEIGHTS.headings) + most(SEARCH_WEIGHTS.summary) + most(SEARCH_WEIGHTS.body),
    )
    expect(SEARCH_WEIGHTS.headings + 3).toBeGreaterThan(most(SEARCH_WEIGHTS.body))
    expect(SEARCH_WEIGHTS.summary).toBe(SEARCH_WEIGHTS.headings)
  })
})

describe('mocked Content Lake: the Sanity source sends exactly the embedded backend’s query text and params', () => {
  let lake: Awaited<ReturnType<typeof startMockedLake>>
  beforeAll(async () => {
    lake = await startMockedLake()
  })
  afterAll(() => lake.close())
  beforeEach(() => {
    lake.received.length = 0
  })

  it('one request to the query API with the query text and every parameter, unchanged', async () => {
    const hits = await lake.content().searchContent(TERMS)
    const sent = searchRequest(TERMS)
    expect(lake.received).toEqual([
      {
        method: expect.any(String),
        path: '/v2025-10-01/data/query/production',
        query: sent.query,
        params: sent.params,
      },
    ])
    // Same answer as the embedded backend, validated the same way.
    expect(hits).toEqual(await embeddedContent().searchContent(TERMS))
    expect(hits.length).toBeGreaterThan(0)
  })

  it('sends nothing for a search without terms', async () => {
    await expect(lake.content().searchContent([])).resolves.toEqual([])
    expect(lake.received).toEqual([])
  })
})

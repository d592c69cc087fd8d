/**
 * Site search end to end below the page, over the seed dataset, on both backends: the embedded
 * one (groq-js) and the mocked Content Lake (only Sanity's hosted HTTP API is replaced, see
 * __tests__/helpers/search-backends.ts), where every search must also send exactly the query
 * text and parameters the embedded backend runs.
 */
import {
  embeddedContent,
  startMockedLake,
  type ContentIndex,
  type LakeRequest,
} from '@/__tests__/helpers/search-backends'
import { searchRequest } from '@/lib/content/search-query'
import { createMemoryRateLimiter } from '@/lib/rate-limit/rate-limiter'
import {
  RESULTS_PER_PAGE,
  runSearch,
  SEARCHES_PER_MINUTE,
  type SearchDeps,
  type SearchOutcome,
} from '@/lib/search/search'

// Search runs groq-js's full-text scoring over the whole seed (both languages): seconds per
// query on this 2-core machine when other suites run beside it.
jest.setTimeout(30_000)

jest.mock('next/cache', () => ({ unstable_cache: <T>(fn: T) => fn }))

let lake: Awaited<ReturnType<typeof startMockedLake>>
beforeAll(async () => {
  lake = await startMockedLake()
})
afterAll(() => lake.close())

type Backend = { name: string; content: () => ContentIndex; sent: () => LakeRequest[] | null }
const backends: Backend[] = [
  { name: 'embedded dataset (groq-js)', content: embeddedContent, sent: () => null },
  { name: 'mocked Content Lake', content: () => lake.content(), sent: () => lake.received },
]

function results(outcome: SearchOutcome) {
  if (outcome.kind !== 'results') throw new Error(`expected results, got ${outcome.kind}`)
  return outcome
}

const titles = (outcome: SearchOutcome) => results(outcome).results.map((result) => result.title)
const marked = (outcome: SearchOutcome) =>
  results(outcome).results.flatMap((result) => result.snippet.filter((s) => s.marked).map((s) => s.text.toLowerCase()))

describe.each(backends)('site search over the seed: $name', (backend) => {
  let content: ContentIndex
  let deps: SearchDeps
  /** Every search query the backend was sent while `run` ran. */
  let searches: { query: string; params: Record<string, unknown> }[]

  beforeAll(() => {
    content = backend.content()
  })
  beforeEach(() => {
    searches = []
    deps = {
      settings: content.getSearchSettings,
      search: async (terms) => {
        searches.push(searchRequest(terms))
        return content.searchContent(terms)
      },
      limiter: createMemoryRateLimiter({ max: 1000, windowMs: 60_000 }),
    }
    backend.sent()?.splice(0)
  })
  afterEach(() => {
    // The Content Lake got exactly what the embedded backend runs (settings reads aside).
    const sent = backend.sent()
    if (!sent) return
    const sentSearches = sent.filter((request) => request.query.includes('| score('))
    expect(sentSearches.map(({ query, params }) => ({ query, params }))).toEqual(searches)
  })

  const run = (q: string | string[] | undefined, page?: string) => runSearch({ q, page }, 'client-a', deps)

  describe('ranking: title > headings and summaries > body', () => {
    it('puts the document with the words in its title first', async () => {
      expect(titles(await run('side effects'))[0]).toBe('Ketamine safety and side effects: an honest overview')
      expect(titles(await run('integration'))[0]).toBe(
        'Integration after a ketamine session: making the experience count',
      )
    })

    it('ranks a summary match above a body-only match', async () => {
      // "monitors" is in the IV treatment's summary, and only in the body of the comparison
      // article and of Lucía Herrera's bio (the care team's nurse).
      const outcome = results(await run('monitors'))
      const found = outcome.results.map((r) => r.title)
      expect(found[0]).toBe('Ketamine IV Therapy')
      expect(found.slice(1).sort()).toEqual([
        'Ketamine IV therapy vs. ketamine-assisted psychotherapy: which is right for you?',
        'Lucía Herrera',
      ])
    })

    it('finds people and pages, not only articles', async () => {
      expect(titles(await run('Maya'))).toEqual(['Maya Ellison'])
      expect(titles(await run('privacy'))).toContain('Privacy notice')
    })

    it('leaves out blog categories and noindex pages (the style guide)', async () => {
      const all = results(await run('the ketamine style guide heading'))
      expect(all.results.map((r) => r.href)).not.toContain('/style-guide')
      expect(all.results.every((r) => !r.href.startsWith('/blog/category/'))).toBe(true)
    })
  })

  describe('synonyms from Site settings', () => {
    it('Spravato finds esketamine, and the snippet marks it', async () => {
      const outcome = await run('Spravato')
      expect(titles(outcome)[0]).toBe('Esketamine (Spravato) vs. IV ketamine: what is the difference?')
      expect(marked(outcome)).toEqual(expect.arrayContaining(['esketamine']))
    })

    it('KAP finds ketamine-assisted psychotherapy, matched as a whole phrase', async () => {
      const outcome = results(await run('KAP'))
      expect(titles(outcome)).toEqual(
        expect.arrayContaining([
          'Ketamine-Assisted Psychotherapy',
          'Preparing for a ketamine-assisted psychotherapy session',
        ]),
      )
      // A document with only "ketamine" in its title is not called up by the phrase.
      expect(titles(outcome)).not.toContain('Sleep and self-care during ketamine treatment')
    })

    it('IV finds infusion, and PTSD finds trauma (and the other way round)', async () => {
      expect(titles(await run('IV'))).toContain('What to expect at your first ketamine infusion')
      const ptsd = titles(await run('PTSD'))
      expect(ptsd[0]).toBe('Ketamine and PTSD: what the research says so far')
      expect(marked(await run('PTSD'))).toEqual(expect.arrayContaining(['trauma']))
      expect(titles(await run('trauma'))).toContain('Ketamine and PTSD: what the research says so far')
    })
  })

  describe('crisis intercept', () => {
    it.each(['suicide', 'I want to die', 'how to kill myself', 'SELF-HARM help', 'overdose on ketamine'])(
      '"%s" signals crisis',
      async (q) => {
        const outcome = await run(q)
        expect(outcome.kind === 'empty' ? false : outcome.crisis).toBe(true)
      },
    )

    it('a crisis phrase signals crisis even when nothing else can be searched', async () => {
      await expect(run('suicide!!! 😢')).resolves.toMatchObject({ kind: 'results', crisis: true })
      await expect(run('want to die')).resolves.toMatchObject({ crisis: true })
    })

    it('ordinary searches do not', async () => {
      await expect(run('ketamine cost')).resolves.toMatchObject({ crisis: false })
      await expect(run('diet')).resolves.toMatchObject({ crisis: false })
    })

    it('still signals crisis when the settings cannot be read (built-in phrases)', async () => {
      const outcome = await runSearch({ q: 'suicidal' }, 'client-a', {
        ...deps,
        settings: () => Promise.reject(new Error('content down')),
      })
      expect(outcome).toMatchObject({ crisis: true })
    })
  })

  describe('bad queries get a calm answer, never an error', () => {
    it.each([
      [undefined, 'empty'],
      ['', 'empty'],
      ['   \t\n ', 'empty'],
      ['😀🙏🏽💊', 'no-words'],
      ['*** ||| $$$ "" ()[]{}', 'no-words'],
      ['how do i', 'only-common-words'],
    ])('%j -> %s', async (q, kind) => {
      await expect(run(q)).resolves.toMatchObject({ kind })
      expect(searches).toEqual([])
    })

    it('GROQ and search operators are searched as plain words', async () => {
      for (const q of ['*[_type == "post"]', '"] || true || ["', 'ketamine* -iv OR $p0', '\\u0000 ketamine']) {
        expect(['results']).toContain((await run(q)).kind)
      }
      expect(
        searches.every(({ params }) => Object.values(params).every((p) => /^[\p{L}\p{N} ]+\*?$/u.test(String(p)))),
      ).toBe(true)
    })

    it('2,000 characters: the first 200 are searched, and the page says so', async () => {
      const outcome = results(await run(`ketamine ${'word '.repeat(400)}`))
      expect(outcome.shortened).toBe(true)
      expect(outcome.text.length).toBeLessThanOrEqual(201)
    })

    it('a repeated q uses the first; a bad page number is page 1', async () => {
      const outcome = results(await run(['ketamine', 'cost'], 'not-a-number'))
      expect(outcome.text).toBe('ketamine')
      expect(outcome.page).toBe(1)
    })
  })

  it('pages through the results, ten at a time', async () => {
    const first = results(await run('ketamine'))
    expect(first.total).toBeGreaterThan(RESULTS_PER_PAGE)
    expect(first.results).toHaveLength(RESULTS_PER_PAGE)
    const second = results(await run('ketamine', '2'))
    expect(second.page).toBe(2)
    expect(second.results.map((r) => r.id)).not.toEqual(expect.arrayContaining(first.results.map((r) => r.id)))
    expect(first.results.length + second.results.length).toBe(Math.min(first.total, 2 * RESULTS_PER_PAGE))
    expect(results(await run('ketamine', '99')).page).toBe(1)
  })

  it('the backend failing is an "unavailable" answer, not an error', async () => {
    const outcome = await runSearch({ q: 'ketamine' }, 'client-a', {
      ...deps,
      search: () => Promise.reject(new Error('content down')),
    })
    expect(outcome).toMatchObject({ kind: 'unavailable', crisis: false })
  })
})

describe('rate limit per client', () => {
  it(`allows ${SEARCHES_PER_MINUTE} searches a minute per client, then a calm message; other clients go on`, async () => {
    const content = embeddedContent()
    const deps: SearchDeps = {
      settings: content.getSearchSettings,
      search: async () => [],
      limiter: createMemoryRateLimiter({ max: SEARCHES_PER_MINUTE, windowMs: 60_000 }),
    }
    for (let i = 0; i < SEARCHES_PER_MINUTE; i += 1) {
      await expect(runSearch({ q: 'ketamine' }, 'client-a', deps)).resolves.toMatchObject({ kind: 'results' })
    }
    await expect(runSearch({ q: 'suicide' }, 'client-a', deps)).resolves.toMatchObject({
      kind: 'rate-limited',
      crisis: true,
    })
    await expect(runSearch({ q: 'ketamine' }, 'client-b', deps)).resolves.toMatchObject({ kind: 'results' })
  })
})

/**
 * Site search, from the `q` and `page` parameters to what the results page shows. The query
 * text is never logged or stored: it lives in this request only (the content read is uncached,
 * the rate limit is keyed by the client's hashed address, and a failure is logged by its kind).
 */
import 'server-only'
import { getSearchSettings, searchContent } from '@/lib/content'
import type { SearchHit, SearchSettings } from '@/lib/content/schemas'
import { errorSummary, log } from '@/lib/log'
import { createRateLimiter } from '@/lib/rate-limit/create-rate-limiter'
import type { RateLimiter } from '@/lib/rate-limit/rate-limiter'
import { processSingleton } from '@/lib/process-singleton'
import { documentPath, type RoutableType } from '@/lib/routes'
import { signalsCrisis } from './crisis'
import { normalizedQuery, readSearchInput } from './query-text'
import { buildSnippet, type SnippetSegment } from './snippet'
import { matchWords, searchTerms, type SearchTerm } from './synonyms'

export const RESULTS_PER_PAGE = 10
/** Generous for a person, low enough that the page cannot be used to hammer the content API. */
export const SEARCHES_PER_MINUTE = 30

const TYPE_LABELS: Record<RoutableType, string> = {
  treatment: 'Treatment',
  comparisonTable: 'Comparison',
  post: 'Article',
  person: 'Care team',
  category: 'Topic',
  location: 'Location',
  page: 'Page',
}

export interface SearchResult {
  id: string
  href: string
  title: string
  kind: string
  snippet: SnippetSegment[]
}

export type SearchOutcome =
  | { kind: 'empty' }
  /** Only punctuation, symbols or emoji: nothing that could be a word. */
  | { kind: 'no-words'; text: string; crisis: boolean }
  /** Words, all too common to search for ("how do i"). */
  | { kind: 'only-common-words'; text: string; crisis: boolean }
  | { kind: 'rate-limited'; text: string; crisis: boolean }
  /** The content backend failed; the page still answers (and still shows the crisis notice). */
  | { kind: 'unavailable'; text: string; crisis: boolean }
  | {
      kind: 'results'
      text: string
      /** The search as typed, for the links to other pages of results. */
      query: string
      crisis: boolean
      shortened: boolean
      total: number
      page: number
      pageCount: number
      results: SearchResult[]
    }

/** What a search reads and counts with; tests pass their own. */
export interface SearchDeps {
  settings: () => Promise<SearchSettings>
  search: (terms: readonly (readonly string[])[]) => Promise<SearchHit[]>
  limiter: RateLimiter
}

const defaultDeps = (): SearchDeps => ({
  settings: getSearchSettings,
  search: searchContent,
  limiter: processSingleton('search.limiter', () =>
    createRateLimiter({ name: 'search', max: SEARCHES_PER_MINUTE, windowMs: 60_000 }),
  ),
})

/** Page n of the results, 1 for anything that is not a whole number from 1 to the last page. */
export function pageNumber(raw: string | string[] | undefined, pageCount: number): number {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (!value || !/^\d{1,4}$/.test(value)) return 1
  const page = Number(value)
  return page >= 1 && page <= Math.max(1, pageCount) ? page : 1
}

function toResult(hit: SearchHit, terms: readonly SearchTerm[]): SearchResult {
  return {
    id: hit._id,
    href: documentPath(hit._type, hit.slug),
    title: hit.title,
    kind: TYPE_LABELS[hit._type],
    snippet: buildSnippet(hit.text ?? '', terms),
  }
}

/**
 * Site settings' synonyms and crisis phrases; with none (a content outage) the search goes on
 * without synonyms, and the built-in crisis phrases still apply (lib/search/crisis.ts).
 */
async function readSettings(deps: SearchDeps): Promise<SearchSettings> {
  try {
    return await deps.settings()
  } catch (error) {
    log.warn('[search] could not read the search settings', errorSummary(error))
    return { synonyms: [], crisisPhrases: [] }
  }
}

export async function runSearch(
  params: { q?: string | string[]; page?: string | string[] },
  clientKey: string,
  deps: SearchDeps = defaultDeps(),
): Promise<SearchOutcome> {
  const input = readSearchInput(params.q)
  if (input.kind === 'empty') return { kind: 'empty' }
  const settings = await readSettings(deps)
  const phrase = normalizedQuery(Array.isArray(params.q) ? (params.q[0] ?? '') : (params.q ?? ''))
  const crisis = signalsCrisis(phrase, settings.crisisPhrases)
  if (input.kind !== 'words') return { ...input, crisis }
  if (!(await deps.limiter.take(clientKey)).allowed) return { kind: 'rate-limited', text: input.text, crisis }
  const terms = searchTerms(input.words, phrase, settings.synonyms)
  let hits: SearchHit[]
  try {
    hits = await deps.search(terms.map(matchWords))
  } catch (error) {
    log.warn('[search] the content backend did not answer a search', errorSummary(error))
    return { kind: 'unavailable', text: input.text, crisis }
  }
  const pageCount = Math.max(1, Math.ceil(hits.length / RESULTS_PER_PAGE))
  const page = pageNumber(params.page, pageCount)
  return {
    kind: 'results',
    text: input.text,
    query: input.query,
    crisis,
    shortened: input.shortened,
    total: hits.length,
    page,
    pageCount,
    results: hits.slice((page - 1) * RESULTS_PER_PAGE, page * RESULTS_PER_PAGE).map((hit) => toResult(hit, terms)),
  }
}

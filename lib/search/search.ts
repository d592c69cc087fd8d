/**
 * Site search, from the `q` and `page` parameters to what the results page shows. The query
 * text is never logged or stored anywhere: it lives in this request only.
 */
import 'server-only'
import { getSearchSettings, searchContent } from '@/lib/content'
import type { SearchHit } from '@/lib/content/schemas'
import { createRateLimiter } from '@/lib/rate-limit/create-rate-limiter'
import { processSingleton } from '@/lib/process-singleton'
import { documentPath, type RoutableType } from '@/lib/routes'
import { signalsCrisis } from './crisis'
import { normalizedQuery, readSearchInput } from './query-text'
import { buildSnippet, type SnippetSegment } from './snippet'
import { searchPatterns } from './synonyms'

export const RESULTS_PER_PAGE = 10
/** Generous for a person, low enough that the page cannot be used to hammer the content API. */
export const SEARCHES_PER_MINUTE = 30

const TYPE_LABELS: Record<RoutableType, string> = {
  treatment: 'Treatment',
  comparisonTable: 'Comparison',
  post: 'Article',
  person: 'Care team',
  category: 'Topic',
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
  | { kind: 'no-words'; text: string; crisis: boolean }
  | { kind: 'only-common-words'; text: string; crisis: boolean }
  | { kind: 'rate-limited'; text: string; crisis: boolean }
  | {
      kind: 'results'
      text: string
      crisis: boolean
      shortened: boolean
      total: number
      page: number
      pageCount: number
      results: SearchResult[]
    }

const limiter = () =>
  processSingleton('search.limiter', () =>
    createRateLimiter({ name: 'search', max: SEARCHES_PER_MINUTE, windowMs: 60_000 }),
  )

/** Page n of the results, 1 for anything that is not a whole number from 1 to the last page. */
export function pageNumber(raw: string | string[] | undefined, pageCount: number): number {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (!value || !/^\d{1,4}$/.test(value)) return 1
  const page = Number(value)
  return page >= 1 && page <= Math.max(1, pageCount) ? page : 1
}

function toResult(hit: SearchHit, patterns: ReturnType<typeof searchPatterns>): SearchResult {
  const text = [hit.summary, hit.text].filter(Boolean).join(' ')
  return {
    id: hit._id,
    href: documentPath(hit._type, hit.slug),
    title: hit.title,
    kind: TYPE_LABELS[hit._type],
    snippet: buildSnippet(text, patterns),
  }
}

export async function runSearch(
  params: { q?: string | string[]; page?: string | string[] },
  clientKey: string,
): Promise<SearchOutcome> {
  const input = readSearchInput(params.q)
  if (input.kind === 'empty') return { kind: 'empty' }
  const settings = await getSearchSettings()
  const phrase = normalizedQuery(Array.isArray(params.q) ? (params.q[0] ?? '') : (params.q ?? ''))
  const crisis = signalsCrisis(phrase, settings.crisisPhrases)
  if (input.kind !== 'words') return { ...input, crisis }
  if (!(await limiter().take(clientKey)).allowed) return { kind: 'rate-limited', text: input.text, crisis }
  const patterns = searchPatterns(input.words, phrase, settings.synonyms)
  const hits = await searchContent(patterns.map((pattern) => pattern.pattern))
  const pageCount = Math.max(1, Math.ceil(hits.length / RESULTS_PER_PAGE))
  const page = pageNumber(params.page, pageCount)
  const results = hits
    .slice((page - 1) * RESULTS_PER_PAGE, page * RESULTS_PER_PAGE)
    .map((hit) => toResult(hit, patterns))
  return {
    kind: 'results',
    text: input.text,
    crisis,
    shortened: input.shortened,
    total: hits.length,
    page,
    pageCount,
    results,
  }
}

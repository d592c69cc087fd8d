/**
 * The site search's GROQ, the same text for the embedded dataset (groq-js) and the Content Lake.
 * Both implement `match` (word tokens, a trailing * for a prefix) and `score()`/`boost()`, so
 * ranking is computed by the backend; groq-js counts matching clauses where the Content Lake
 * uses BM25, so scores differ in size but title > headings and summaries > body holds in both.
 * (`text::query()` would parse phrases and exclusions, but groq-js does not implement it.)
 *
 * One query per number of patterns: each pattern is a parameter ($p0, $p1, ...), never text
 * spliced into the query, so nothing a patient types can change what the query does.
 */
import { PAGE_SLUGS, ROUTABLE_TYPES } from '@/lib/routes'

/** Types that appear in results: every routable type but blog categories (a list, not content). */
export const SEARCHABLE_TYPES = ROUTABLE_TYPES.filter((type) => type !== 'category')

/** Weights: a title match outranks a heading or summary match, which outranks one in the body. */
export const SEARCH_WEIGHTS = { title: 10, headings: 4, summary: 4, body: 1 } as const

export const MAX_SEARCH_RESULTS = 100

const FIELDS = {
  title: '[title, name]',
  headings: '[pt::text(body[style in ["h2", "h3", "h4"]]), ...faqs[].question, ...rows[].criterion]',
  summary: '[excerpt, summary, intro, caption, jobTitle, credentials]',
  body:
    '[pt::text(body), pt::text(bio), ...faqs[].answer, administration, purpose, experience, suitedFor, ' +
    '...benefits, ...limitations, ...rows[].cells[], footnote]',
} as const

function clauses(index: number): string[] {
  return (Object.keys(FIELDS) as (keyof typeof FIELDS)[]).map(
    (field) => `boost(${FIELDS[field]} match $p${index}, ${SEARCH_WEIGHTS[field]})`,
  )
}

/** The query for `patternCount` patterns (1 or more), with parameters $p0 ... $p<n-1>. */
export function searchQuery(patternCount: number): string {
  if (!Number.isInteger(patternCount) || patternCount < 1) throw new Error('searchQuery needs at least one pattern')
  const scores = Array.from({ length: patternCount }, (_, index) => clauses(index)).flat()
  const types = SEARCHABLE_TYPES.map((type) => `"${type}"`).join(', ')
  return `*[
  _type in [${types}]
  && defined(slug.current)
  && !(slug.current in ["${PAGE_SLUGS.styleGuide}"])
  && coalesce(seo.noIndex, false) == false
  && (_type != "post" || publishedAt <= now())
]
| score(
  ${scores.join(',\n  ')}
)
[_score > 0]
| order(_score desc, _updatedAt desc)
[0...${MAX_SEARCH_RESULTS}]
{
  _id,
  _type,
  "slug": slug.current,
  "title": coalesce(title, name),
  "summary": coalesce(excerpt, summary, intro, jobTitle),
  "text": array::join(array::compact([pt::text(body), pt::text(bio), ...faqs[].question, ...faqs[].answer, purpose, experience, ...rows[].criterion]), " "),
  _score
}`
}

/** The parameters for `patterns`, in the query's order. */
export function searchParams(patterns: readonly string[]): Record<string, string> {
  return Object.fromEntries(patterns.map((pattern, index) => [`p${index}`, pattern]))
}

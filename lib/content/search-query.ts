/**
 * The site search's GROQ: one text for the embedded dataset (groq-js) and the Content Lake
 * (next-sanity), built only from the *shape* of a search (how many terms, how many words each).
 * The words themselves travel as parameters ($t0w0, $t0w1, ...), never spliced into the query,
 * so nothing a patient types can change what the query does.
 *
 * Both backends implement everything used here: `match` (word tokens, a trailing * for a
 * prefix), `score()`/`boost()`, `pt::text`, `array::join`, `array::compact` and `...` spreads
 * (__tests__/lib/content/search-query.test.ts parses the query with groq-js and runs it over the
 * seed). Where they differ, and why the query is written this way:
 *
 * - Inside `score()`, groq-js scores `field match "a b"` per word (any one word scores), and
 *   `boost(expr, w)` adds `w` to a clause's score when it is above 0. So a term of several words
 *   ("ketamine assisted psychotherapy") is written as one `match` per word joined by `&&`, which
 *   scores only when every word is in that field, on both backends.
 * - A matching word scores 1 to 2.2 in groq-js (term frequency, BM25's k1 = 1.2, no IDF); the
 *   Content Lake uses full BM25, so its scores are larger for rare words. The weights are far
 *   apart so the tiers hold in groq-js for terms of up to three words (see SEARCH_WEIGHTS); in
 *   the Content Lake the same order is intended, but a rare word many times in a body could
 *   outrank a common one in a summary.
 * - `text::query()` (phrases, exclusions) would be simpler, but groq-js only parses it: it
 *   cannot evaluate it, so both backends would not run the same query.
 * - Tokens: groq-js splits on spaces and most punctuation but keeps accents and curly
 *   apostrophes; the Content Lake's analyzer may fold more. Search words are plain letters and
 *   digits (lib/search/normalize.ts), which both treat alike.
 */
import { PAGE_SLUGS, ROUTABLE_TYPES } from '@/lib/routes'

// Results are the English pages only: the search page and its synonyms and crisis phrases are English.
/** Types that appear in results: every routable type but blog categories (a list, not content). */
export const SEARCHABLE_TYPES = ROUTABLE_TYPES.filter((type) => type !== 'category')

/**
 * A title match outranks any mix of heading, summary and body matches, and a heading or summary
 * match outranks any body match: each weight is more than the most the tiers below can add
 * (10 + 10 + 1 plus at most 2.2 per word in each of the three, for a three-word term: 40.8 < 43).
 */
export const SEARCH_WEIGHTS = { title: 40, headings: 10, summary: 10, body: 1 } as const

export const MAX_SEARCH_RESULTS = 100

/** The searched fields by tier, as GROQ arrays over every searchable type's fields. */
const FIELDS = {
  title: ['title', 'name'],
  headings: ['pt::text(body[style in ["h2", "h3", "h4"]])', '...faqs[].question', '...rows[].criterion'],
  summary: ['excerpt', 'summary', 'intro', 'caption', 'jobTitle', 'credentials'],
  body: [
    'pt::text(body)',
    'pt::text(bio)',
    '...faqs[].answer',
    'administration',
    'purpose',
    'experience',
    'suitedFor',
    '...benefits',
    '...limitations',
    '...rows[].cells[]',
    'footnote',
  ],
} as const satisfies Record<keyof typeof SEARCH_WEIGHTS, readonly string[]>

type Tier = keyof typeof FIELDS
const TIERS = Object.keys(FIELDS) as Tier[]

/**
 * The text a result's snippet is cut from: every searched field but the title, so the words
 * that made a document match can be found and marked (headings are part of pt::text(body)).
 */
const SNIPPET_SOURCES = [
  ...FIELDS.summary,
  '...faqs[].question',
  '...rows[].criterion',
  ...FIELDS.body.filter((field) => field !== '...faqs[].answer'),
  '...faqs[].answer',
]

/** The parameter name of word `word` of term `term`. */
const paramName = (term: number, word: number) => `t${term}w${word}`

function termClause(fields: string, term: number, wordCount: number): string {
  const matches = Array.from({ length: wordCount }, (_, word) => `${fields} match $${paramName(term, word)}`)
  return matches.length === 1 ? (matches[0] ?? '') : `(${matches.join(' && ')})`
}

/**
 * The query for terms of these word counts (one entry per term, each at least 1). The same
 * shape always gives the same text, whatever the words.
 */
export function searchQuery(wordCounts: readonly number[]): string {
  if (wordCounts.length === 0 || wordCounts.some((count) => !Number.isInteger(count) || count < 1)) {
    throw new Error('searchQuery needs at least one term of at least one word')
  }
  const scores = wordCounts.flatMap((count, term) =>
    TIERS.map((tier) => `boost(${termClause(`[${FIELDS[tier].join(', ')}]`, term, count)}, ${SEARCH_WEIGHTS[tier]})`),
  )
  const types = SEARCHABLE_TYPES.map((type) => `"${type}"`).join(', ')
  return `*[
  _type in [${types}]
  && defined(slug.current)
  && !(slug.current in ["${PAGE_SLUGS.styleGuide}"])
  && coalesce(seo.noIndex, false) == false
  && coalesce(language, "en") == "en"
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
  "text": array::join(array::compact([${SNIPPET_SOURCES.join(', ')}]), " "),
  _score
}`
}

/** The parameters for `terms` (each a list of words, the last maybe ending in *), in the query's order. */
export function searchParams(terms: readonly (readonly string[])[]): Record<string, string> {
  return Object.fromEntries(terms.flatMap((words, term) => words.map((word, index) => [paramName(term, index), word])))
}

/** Query text and parameters for `terms`: what both backends are sent. */
export function searchRequest(terms: readonly (readonly string[])[]): {
  query: string
  params: Record<string, string>
} {
  return { query: searchQuery(terms.map((words) => words.length)), params: searchParams(terms) }
}

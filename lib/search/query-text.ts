/**
 * What a patient typed into the search box, made safe to search with. Nothing here is an
 * operator: GROQ never sees the raw text (words travel as query parameters), and wildcards,
 * quotes and brackets are not letters, so they fall away with the rest of the punctuation.
 */
import { normalizeText, wordsOf } from './normalize'

/** Longer input is cut here before it is read at all (a pasted essay, a 2,000-character probe). */
export const MAX_QUERY_CHARACTERS = 200
/** Words searched for; the rest of a long question is left out (and the page says so). */
export const MAX_SEARCH_WORDS = 8

/** Words too common to tell pages apart; searching for them would rank everything equally. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be but by can could do does for from get how i if in into is it its me my no not of on or ' +
    'our should so than that the their them then there these they this to was what when where which who why will ' +
    'with would you your'
  ).split(' '),
)

export type SearchInput =
  | { kind: 'empty' }
  /** Only punctuation, symbols or emoji: nothing that could be a word. */
  | { kind: 'no-words'; text: string }
  /** Words, all of them too common to search for ("how do i"). */
  | { kind: 'only-common-words'; text: string }
  /** `query`: what was read (at most 10 × MAX_QUERY_CHARACTERS), for links to other result pages. */
  | { kind: 'words'; text: string; query: string; words: string[]; shortened: boolean }

/** The `q` search parameter as Next hands it over: absent, once, or repeated. */
export function readSearchInput(raw: string | string[] | undefined): SearchInput {
  const first = Array.isArray(raw) ? raw[0] : raw
  const text = (first ?? '').slice(0, MAX_QUERY_CHARACTERS * 10).trim()
  if (text === '') return { kind: 'empty' }
  const shown = text.length > MAX_QUERY_CHARACTERS ? `${text.slice(0, MAX_QUERY_CHARACTERS).trimEnd()}…` : text
  const all = wordsOf(text.slice(0, MAX_QUERY_CHARACTERS))
  if (all.length === 0) return { kind: 'no-words', text: shown }
  // A lone letter ("don't" splits into "don" and "t") tells pages apart no better than "the".
  const distinct = [...new Set(all.filter((word) => !STOP_WORDS.has(word) && !/^\p{L}$/u.test(word)))]
  if (distinct.length === 0) return { kind: 'only-common-words', text: shown }
  return {
    kind: 'words',
    text: shown,
    query: text,
    words: distinct.slice(0, MAX_SEARCH_WORDS),
    shortened: text.length > MAX_QUERY_CHARACTERS || distinct.length > MAX_SEARCH_WORDS,
  }
}

/** The whole query as one normalized phrase, for phrase lookups (synonyms, crisis phrases). */
export function normalizedQuery(raw: string): string {
  return normalizeText(raw.slice(0, MAX_QUERY_CHARACTERS * 10))
}

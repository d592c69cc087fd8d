/**
 * From the patient's words to the terms searched for: each word (matched as a prefix when it is
 * long enough to mean something, so "therap" finds therapy and therapist), plus every term of a
 * synonym group that one of the words or a phrase of the query belongs to ("Spravato" also
 * searches "esketamine"; "ketamine-assisted psychotherapy" also searches "KAP"). Groups are
 * edited in the Studio (Site settings > Site search).
 */
import { normalizeText } from './normalize'

/** Terms sent per search: each adds four scored clauses to the query. */
export const MAX_TERMS = 12
/** Shorter words are matched whole: "iv*" would match every word starting "iv". */
const PREFIX_MATCH_FROM = 4

export interface SearchTerm {
  /** Normalized words, all of which must be in one field for the term to match. */
  words: string[]
  /** The last word may continue ("therap" matches "therapy"). */
  prefix: boolean
}

/** What GROQ's `match` gets for each word of a term: the last one with a trailing * for a prefix. */
export function matchWords(term: SearchTerm): string[] {
  return term.words.map((word, index) => (term.prefix && index === term.words.length - 1 ? `${word}*` : word))
}

function termOf(text: string, prefix: boolean): SearchTerm | null {
  const normalized = normalizeText(text)
  return normalized === '' ? null : { words: normalized.split(' '), prefix }
}

/**
 * The terms for a search: its words first (in the order typed), then the synonyms its words or
 * phrases call up, at most MAX_TERMS in all.
 */
export function searchTerms(
  words: readonly string[],
  normalizedQuery: string,
  synonymGroups: readonly (readonly string[])[],
): SearchTerm[] {
  const terms = new Map<string, SearchTerm>()
  const add = (term: SearchTerm | null) => {
    if (!term) return
    // Keyed by its words: a synonym the patient typed is searched once, as they typed it.
    const key = term.words.join(' ')
    if (!terms.has(key)) terms.set(key, term)
  }
  for (const word of words) add(termOf(word, word.length >= PREFIX_MATCH_FROM))
  const query = ` ${normalizedQuery} `
  for (const group of synonymGroups) {
    const members = group.map(normalizeText).filter((term) => term !== '')
    if (members.some((term) => query.includes(` ${term} `))) for (const term of members) add(termOf(term, false))
  }
  return [...terms.values()].slice(0, MAX_TERMS)
}

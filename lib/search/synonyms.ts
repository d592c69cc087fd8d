/**
 * From the patient's words to the patterns searched for: each word (matched as a prefix when it
 * is long enough to mean something, so "therap" finds therapy and therapist), plus every term
 * of a synonym group that one of the words or a phrase of the query belongs to ("Spravato"
 * also searches "esketamine"; "ketamine assisted psychotherapy" also searches "KAP").
 */
import { normalizeText } from './normalize'

/** Patterns sent per search: each adds four scored match clauses to the query. */
export const MAX_PATTERNS = 16
/** Shorter words are matched whole: "iv*" would match every word starting "iv". */
const PREFIX_MATCH_FROM = 4

export interface SearchPattern {
  /** What GROQ's `match` gets: normalized words, a trailing * for a prefix. */
  pattern: string
  /** The normalized words a snippet marks for this pattern. */
  words: string[]
  /** Prefix match (the last word may continue). */
  prefix: boolean
}

function patternOf(term: string, prefix: boolean): SearchPattern | null {
  const normalized = normalizeText(term)
  if (normalized === '') return null
  return { pattern: prefix ? `${normalized}*` : normalized, words: normalized.split(' '), prefix }
}

export function searchPatterns(
  words: readonly string[],
  normalizedQuery: string,
  synonymGroups: readonly (readonly string[])[],
): SearchPattern[] {
  const patterns = new Map<string, SearchPattern>()
  const add = (pattern: SearchPattern | null) => {
    if (pattern && !patterns.has(pattern.pattern)) patterns.set(pattern.pattern, pattern)
  }
  for (const word of words) add(patternOf(word, word.length >= PREFIX_MATCH_FROM))
  const query = ` ${normalizedQuery} `
  for (const group of synonymGroups) {
    const terms = group.map(normalizeText).filter((term) => term !== '')
    if (terms.some((term) => query.includes(` ${term} `))) for (const term of terms) add(patternOf(term, false))
  }
  return [...patterns.values()].slice(0, MAX_PATTERNS)
}

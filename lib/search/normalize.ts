/**
 * Text as search compares it: lower case, accents off (so "psicoterapia" finds "psicoterapía"),
 * and every run of characters that are not letters or digits turned into one space. Used on
 * queries, synonyms, crisis phrases and snippets alike, so they all agree on what a word is.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The words of a text, as normalizeText splits it. */
export function wordsOf(text: string): string[] {
  const normalized = normalizeText(text)
  return normalized === '' ? [] : normalized.split(' ')
}

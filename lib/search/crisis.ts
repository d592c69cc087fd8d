/**
 * Whether a search signals crisis. Checked on everything the person typed (not only the words
 * kept for searching), against phrases editors keep in Site settings; a phrase matches on word
 * boundaries, so "suicide" matches "suicide prevention" but "cutting" does not match "cuttings".
 * A false alarm costs a calm notice with two phone numbers; a miss could cost far more, so the
 * list is broad and the check errs toward showing the notice.
 */
import { normalizeText } from './normalize'

/**
 * Always checked, whatever Site settings says: the intercept must not depend on an editor's list
 * being published or complete. Editors add to it in Site settings > Site search.
 */
export const BUILT_IN_CRISIS_PHRASES = [
  'suicide',
  'suicidal',
  'kill myself',
  'end my life',
  'want to die',
  'self harm',
  'hurt myself',
  'overdose',
] as const

export function signalsCrisis(normalizedQuery: string, phrases: readonly string[]): boolean {
  const haystack = ` ${normalizedQuery} `
  return [...BUILT_IN_CRISIS_PHRASES, ...phrases].some((phrase) => {
    const needle = normalizeText(phrase)
    return needle !== '' && haystack.includes(` ${needle} `)
  })
}

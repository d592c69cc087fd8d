/**
 * Language tags for text in other languages than the page's (the language-assistance taglines).
 * Browser-safe, no imports: the Studio's validation and the content boundary both use it.
 */

/** Where a tagline names the clinic's phone number; the page fills in Site settings' number. */
export const PHONE_PLACEHOLDER = '{phone}'

/**
 * A well-formed BCP 47 language tag ("es", "zh-Hant", "fa"), as a `lang` attribute needs.
 * `Intl.getCanonicalLocales` parses tags the way browsers do and throws on malformed ones.
 */
export function isLanguageTag(value: string): boolean {
  if (value === '' || value.trim() !== value) return false
  try {
    return Intl.getCanonicalLocales(value).length === 1
  } catch {
    return false
  }
}

/** The canonical spelling of a valid tag ("ZH-hant" → "zh-Hant"), for comparing tags. */
export const canonicalLanguageTag = (value: string): string => Intl.getCanonicalLocales(value)[0] ?? value

/** The tagline's text in pieces, the phone number's places marked, for rendering a link there. */
export function splitAtPhone(text: string): string[] {
  return text.split(PHONE_PLACEHOLDER)
}

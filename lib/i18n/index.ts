/**
 * The site's words and formats per locale. Browser-safe (client components use it too): plain
 * objects and Intl, no server imports. The locale itself comes from the URL (lib/routes.ts).
 */
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '@/lib/routes'
import { en } from './messages/en'
import { es } from './messages/es'

export type { Messages } from './messages/es'
export { LOCALES, DEFAULT_LOCALE, isLocale, type Locale }

const MESSAGES = { en, es } as const

export function messages(locale: Locale) {
  return MESSAGES[locale]
}

/**
 * Each language's name in English: what the care team (whose inbox and mail stay English) reads
 * about a patient's preferred language.
 */
export const LANGUAGE_NAMES_IN_ENGLISH: Record<Locale, string> = { en: 'English', es: 'Spanish' }

/** BCP 47 tags: `<html lang>`, hreflang and Intl all use these. US Spanish, as the clinic's patients speak it. */
export const LANGUAGE_TAGS: Record<Locale, string> = { en: 'en-US', es: 'es-US' }
/** `og:locale` values (Open Graph wants an underscore). */
export const OG_LOCALES: Record<Locale, string> = { en: 'en_US', es: 'es_US' }

/** A calendar date in the page's language: "October 14, 2026" / "14 de octubre de 2026". */
export function formatDate(value: string | Date, locale: Locale, timeZone = 'UTC'): string {
  const date = typeof value === 'string' ? new Date(value) : value
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], { dateStyle: 'long', timeZone }).format(date)
}

/**
 * A page's language versions: the site-relative path of the same page in each language that
 * has it (itself included). Page metadata turns them into `<link rel="alternate" hreflang>`,
 * the sitemap into `<xhtml:link>`; both go through `hreflangUrls` so they always agree.
 */
import { LOCALES, documentPath, paths, type Locale, type RoutableType } from '@/lib/routes'
import { absoluteUrl } from './site-url'

export type Alternates = Partial<Record<Locale, string>>

/**
 * hreflang values. Plain language codes, not en-US/es-US: the Spanish pages are the clinic's
 * only Spanish version, right for a Spanish reader wherever they are.
 */
export const HREFLANG: Record<Locale, string> = { en: 'en', es: 'es' }
export const X_DEFAULT = 'x-default'

/** A document's paths from its translations' slugs (`getTranslations(id)`), each in its own language. */
export function documentAlternates(type: RoutableType, translations: Partial<Record<Locale, string>>): Alternates {
  const alternates: Alternates = {}
  for (const locale of LOCALES) {
    const slug = translations[locale]
    if (slug) alternates[locale] = documentPath(type, slug, locale)
  }
  return alternates
}

/**
 * Types whose one document is the page in every language: a person has a profile at /team/<slug>
 * and /es/equipo/<slug> (their Spanish job title and bio are a `personBioTranslation`, not a
 * translated document). Every other type has a document per language, linked as translations.
 */
const SHARED_TYPES: readonly RoutableType[] = ['person']

export const isSharedAcrossLanguages = (type: RoutableType): boolean => SHARED_TYPES.includes(type)

/** A shared document's page in each language, under its one slug: what its pages and the sitemap announce. */
export function sharedDocumentAlternates(type: RoutableType, slug: string): Alternates {
  const alternates: Alternates = {}
  for (const locale of LOCALES) alternates[locale] = documentPath(type, slug, locale)
  return alternates
}

/** Fixed pages that exist in every language, by their key in `paths`. */
export const TRANSLATED_FIXED_PAGES = ['home', 'treatments', 'blog', 'consultation', 'languageAssistance'] as const
export type TranslatedFixedPage = (typeof TRANSLATED_FIXED_PAGES)[number]

export function fixedAlternates(key: TranslatedFixedPage): Alternates {
  const alternates: Alternates = {}
  for (const locale of LOCALES) alternates[locale] = paths[key](locale)
  return alternates
}

/**
 * Absolute URLs by hreflang, plus `x-default` (English, or Spanish when there is no English), or
 * null when the page has fewer than two languages: a lone page has no alternates to announce.
 */
export function hreflangUrls(alternates: Alternates | undefined): Record<string, string> | null {
  if (!alternates) return null
  const present = LOCALES.filter((locale) => alternates[locale] !== undefined)
  if (present.length < 2) return null
  const urls: Record<string, string> = {}
  for (const locale of present) urls[HREFLANG[locale]] = absoluteUrl(alternates[locale] ?? '')
  const fallback = present[0] // LOCALES lists English first
  if (fallback) urls[X_DEFAULT] = absoluteUrl(alternates[fallback] ?? '')
  return urls
}

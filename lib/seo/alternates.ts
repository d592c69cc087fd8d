/** A page's URL in each language it exists in, for hreflang links and the language switch. */
import { documentPath, type Locale, type RoutableType } from '@/lib/routes'

export type Alternates = Partial<Record<Locale, string>>

/** Paths of a document's published translations (`getTranslations`), itself included. */
export function documentAlternates(type: RoutableType, slugs: Partial<Record<Locale, string>>): Alternates {
  const alternates: Alternates = {}
  for (const [locale, slug] of Object.entries(slugs) as [Locale, string | undefined][])
    if (slug) alternates[locale] = documentPath(type, slug, locale)
  return alternates
}

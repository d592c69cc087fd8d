/** The Studio's languages and the document types translated document by document. */
import { LOCALES, type Locale } from '@/lib/routes'

const TITLES: Record<Locale, string> = { en: 'English', es: 'Español' }

export const STUDIO_LANGUAGES = LOCALES.map((id) => ({ id, title: TITLES[id] }))

/** People are shared by every language (their bios are translated as personBioTranslation). */
export const TRANSLATED_TYPES = ['treatment', 'comparisonTable', 'post', 'page', 'category'] as const

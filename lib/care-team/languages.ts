/**
 * Languages a team member can see patients in, by BCP 47 tag (what schema.org's knowsLanguage
 * takes). A fixed list rather than free text, so "Spanish", "spanish" and "Español" are one
 * filter value. English first, then the languages most spoken at home in the Portland area.
 * Browser-safe.
 */
export const LANGUAGES = {
  en: 'English',
  es: 'Spanish',
  vi: 'Vietnamese',
  zh: 'Chinese',
  ru: 'Russian',
  uk: 'Ukrainian',
  ar: 'Arabic',
  so: 'Somali',
  ko: 'Korean',
  tl: 'Tagalog',
  ase: 'American Sign Language',
} as const

export type LanguageCode = keyof typeof LANGUAGES

export const LANGUAGE_CODES = Object.keys(LANGUAGES) as LanguageCode[]

export const isLanguageCode = (value: string): value is LanguageCode => Object.hasOwn(LANGUAGES, value)

/** Pick-list options for the Studio. */
export const languageOptions = () => LANGUAGE_CODES.map((code) => ({ title: LANGUAGES[code], value: code }))

/**
 * How the care-team facts read on the page, in one place so the listing, the profile and the
 * JSON-LD (which must say only what the page shows) use the same words.
 */
import { LANGUAGES, type LanguageCode } from '@/lib/care-team/languages'
import { LICENSE_TYPES, licensingBoard } from '@/lib/care-team/license'
import { US_STATES, type UsState } from '@/lib/care-team/us-states'
import type { License } from '@/lib/content/schemas'
import { LANGUAGE_TAGS, messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, type Locale } from '@/lib/routes'

export const listText = (items: readonly string[], locale: Locale = DEFAULT_LOCALE): string =>
  new Intl.ListFormat(LANGUAGE_TAGS[locale], { style: 'long', type: 'conjunction' }).format(items)

/** Language names in the page's language ("Spanish" / "español"); the English list otherwise. */
export function languageNames(codes: readonly LanguageCode[], locale: Locale = DEFAULT_LOCALE): string[] {
  if (locale === DEFAULT_LOCALE) return codes.map((code) => LANGUAGES[code])
  const names = new Intl.DisplayNames([LANGUAGE_TAGS[locale]], { type: 'language' })
  return codes.map((code) => names.of(code) ?? LANGUAGES[code])
}

export const stateNames = (codes: readonly UsState[]): string[] => codes.map((code) => US_STATES[code])

export function acceptingText(accepting: boolean | null | undefined, locale: Locale = DEFAULT_LOCALE): string | null {
  const t = messages(locale).team
  if (accepting === true) return t.accepting
  if (accepting === false) return t.notAccepting
  return null
}

/** "Nurse practitioner (NP), Oregon" and the board's public lookup when we know it. */
export function licenseFacts(license: License) {
  return {
    kind: `${LICENSE_TYPES[license.type]}, ${US_STATES[license.state]}`,
    number: license.number,
    board: licensingBoard(license.state, license.type),
  }
}

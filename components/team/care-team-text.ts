/**
 * How the care-team facts read on the page, in one place so the listing, the profile and the
 * JSON-LD (which must say only what the page shows) use the same words.
 */
import { LANGUAGES, type LanguageCode } from '@/lib/care-team/languages'
import { LICENSE_TYPES, licensingBoard } from '@/lib/care-team/license'
import { US_STATES, type UsState } from '@/lib/care-team/us-states'
import type { License } from '@/lib/content/schemas'

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' })

export const listText = (items: readonly string[]): string => list.format(items)

export const languageNames = (codes: readonly LanguageCode[]): string[] => codes.map((code) => LANGUAGES[code])

export const stateNames = (codes: readonly UsState[]): string[] => codes.map((code) => US_STATES[code])

export function acceptingText(accepting: boolean | null | undefined): string | null {
  if (accepting === true) return 'Accepting new patients'
  if (accepting === false) return 'Not accepting new patients at the moment'
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

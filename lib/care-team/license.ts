/**
 * Professional licences and where the public can check them.
 *
 * Why a table here and not a URL typed in with each licence: the lookup is the board's, the
 * same page for every licensee of that board, so one entry serves the whole team and is fixed
 * in one place when a board moves it; and a link that promises "check this licence with the
 * state" must lead to the state, which a free-text field cannot guarantee (a typo or a
 * look-alike domain would go live unnoticed). Only boards we have checked are listed; any
 * other state or profession simply shows the licence without a link.
 *
 * The links go to each board's own verification page on oregon.gov, which leads to its current
 * search tool: the search tools themselves are vendor applications whose addresses change.
 * Checked December 2026. Browser-safe.
 */
import type { UsState } from './us-states'

export const LICENSE_TYPES = {
  md: 'Physician (MD)',
  do: 'Physician (DO)',
  pa: 'Physician assistant (PA)',
  np: 'Nurse practitioner (NP)',
  rn: 'Registered nurse (RN)',
  lmft: 'Marriage and family therapist (LMFT)',
  lpc: 'Professional counselor (LPC)',
  lcsw: 'Clinical social worker (LCSW)',
  psychologist: 'Psychologist',
} as const

export type LicenseType = keyof typeof LICENSE_TYPES

export const LICENSE_TYPE_CODES = Object.keys(LICENSE_TYPES) as LicenseType[]

export const isLicenseType = (value: string): value is LicenseType => Object.hasOwn(LICENSE_TYPES, value)

/** Licence types held by physicians (schema.org `Physician`). */
export const PHYSICIAN_LICENSES: readonly LicenseType[] = ['md', 'do']

export const licenseTypeOptions = () => LICENSE_TYPE_CODES.map((code) => ({ title: LICENSE_TYPES[code], value: code }))

export interface LicensingBoard {
  name: string
  /** The board's public page for checking a licence. */
  lookupUrl: string
}

const OREGON_MEDICAL_BOARD: LicensingBoard = {
  name: 'Oregon Medical Board',
  lookupUrl: 'https://www.oregon.gov/omb/board/about/Pages/Public-Information.aspx',
}
const OREGON_BOARD_OF_NURSING: LicensingBoard = {
  name: 'Oregon State Board of Nursing',
  lookupUrl: 'https://www.oregon.gov/osbn/Pages/Primary_Source_Verification.aspx',
}
const OREGON_BOARD_OF_COUNSELORS_AND_THERAPISTS: LicensingBoard = {
  name: 'Oregon Board of Licensed Professional Counselors and Therapists',
  lookupUrl: 'https://www.oregon.gov/oblpct/Pages/Records.aspx',
}

const BOARDS: Partial<Record<UsState, Partial<Record<LicenseType, LicensingBoard>>>> = {
  OR: {
    md: OREGON_MEDICAL_BOARD,
    do: OREGON_MEDICAL_BOARD,
    pa: OREGON_MEDICAL_BOARD,
    np: OREGON_BOARD_OF_NURSING,
    rn: OREGON_BOARD_OF_NURSING,
    lmft: OREGON_BOARD_OF_COUNSELORS_AND_THERAPISTS,
    lpc: OREGON_BOARD_OF_COUNSELORS_AND_THERAPISTS,
  },
}

/** The board that issued this kind of licence in this state, when we know its public lookup. */
export function licensingBoard(state: UsState, type: LicenseType): LicensingBoard | null {
  return BOARDS[state]?.[type] ?? null
}

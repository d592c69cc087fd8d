/**
 * The crisis lines every page shows (988, 911): the built-in wording and the rule an editor's
 * wording must meet. One definition for the Studio (default value, validation) and the site
 * (the notice falls back to this wording when the CMS text breaks the rule). Browser-safe.
 */

export const CRISIS_NUMBERS = ['988', '911'] as const
export type CrisisNumber = (typeof CRISIS_NUMBERS)[number]

export const DEFAULT_CRISIS_NOTICE =
  'If you are in crisis, call or text 988 (Suicide & Crisis Lifeline). In an emergency, call 911.'

/** The crisis numbers a notice leaves out (as whole numbers: "19880" names neither). */
export function missingCrisisNumbers(text: string): CrisisNumber[] {
  return CRISIS_NUMBERS.filter((number) => !new RegExp(`\\b${number}\\b`).test(text))
}

/**
 * National Provider Identifier (NPI) check. An NPI is ten digits whose last digit is a Luhn
 * check digit computed over the prefix "80840" (the US health-industry issuer number, ISO 7812)
 * followed by the first nine digits. Used by the Studio's validation and by the content schema,
 * so a mistyped NPI is stopped at publish and never shown if it slips through.
 *
 * Browser-safe: no imports.
 */

const NPI_ISSUER_PREFIX = '80840'

/** The Luhn check digit for `payload` (digits only), as in ISO/IEC 7812-1. */
export function luhnCheckDigit(payload: string): number {
  let sum = 0
  // From the rightmost payload digit, every other digit (starting with that one) is doubled.
  for (let i = 0; i < payload.length; i++) {
    const digit = Number(payload[payload.length - 1 - i])
    const doubled = i % 2 === 0 ? digit * 2 : digit
    sum += doubled > 9 ? doubled - 9 : doubled
  }
  return (10 - (sum % 10)) % 10
}

/** True for exactly ten digits whose last is the Luhn check digit of "80840" + the first nine. */
export function isValidNpi(value: string): boolean {
  if (!/^\d{10}$/.test(value)) return false
  return luhnCheckDigit(NPI_ISSUER_PREFIX + value.slice(0, 9)) === Number(value[9])
}

/** Why an NPI is rejected, in an editor's words, or null when it is valid. */
export function npiProblem(value: string): string | null {
  if (!/^\d+$/.test(value)) return 'An NPI is ten digits, nothing else.'
  if (value.length !== 10) return `An NPI is ten digits; this one has ${value.length}.`
  if (!isValidNpi(value)) return 'This NPI’s last digit (its check digit) does not match: check for a typo.'
  return null
}

import { npiProblem } from '@/lib/care-team/npi'
import { isBlank, isRecord, type RuleContext, type RuleResult } from './types'

/**
 * An NPI, when given, must be ten digits with a matching check digit (lib/care-team/npi.ts,
 * which the site applies again when it reads the document).
 */
export function npiValid(value: unknown): RuleResult {
  if (isBlank(value)) return true
  if (typeof value !== 'string') return 'An NPI is ten digits.'
  if (value.trim() !== value) return 'Remove the spaces around the NPI.'
  return npiProblem(value) ?? true
}

/** A clinician's profile is where patients check a license: ask for one (a warning, not a block). */
export function clinicianHasLicense(value: unknown, context: RuleContext): RuleResult {
  const role = isRecord(context.document) ? context.document.role : undefined
  if (role === 'staff' || !isBlank(value)) return true
  return 'Clinicians’ profiles show their license so patients can check it with the state board: add it.'
}

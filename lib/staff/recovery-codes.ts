/**
 * Recovery codes: ten, shown once at enrolment, each standing in once for the authenticator
 * app's code. Ten random base32 characters each (50 bits), grouped for reading aloud or typing.
 */
import 'server-only'
import { randomInt } from 'node:crypto'
import type { Queryable } from '@/lib/consultations/server/db'
import { hashToken } from './tokens'

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'
const COUNT = 10

/** Spaces, dashes and case do not matter when a code is typed back. */
export const normaliseRecoveryCode = (code: string): string => code.toLowerCase().replace(/[\s-]/g, '')

export const looksLikeRecoveryCode = (code: string): boolean =>
  new RegExp(`^[${ALPHABET}]{10}$`).test(normaliseRecoveryCode(code))

function newCode(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
  return `${chars.slice(0, 5)}-${chars.slice(5)}`
}

/** Replaces the account's codes with ten new ones and returns them (the only time they exist in clear). */
export async function issueRecoveryCodes(db: Queryable, accountId: string): Promise<string[]> {
  const codes = Array.from({ length: COUNT }, newCode)
  await db.query('DELETE FROM staff_recovery_codes WHERE account_id = $1', [accountId])
  await db.query(
    'INSERT INTO staff_recovery_codes (code_hash, account_id) SELECT h, $2 FROM unnest($1::text[]) AS t(h)',
    [codes.map((code) => hashToken(normaliseRecoveryCode(code))), accountId],
  )
  return codes
}

/** Uses up a code; false if it is not one of the account's unused codes. Atomic: a code works once. */
export async function spendRecoveryCode(db: Queryable, accountId: string, code: string, now: Date): Promise<boolean> {
  if (!looksLikeRecoveryCode(code)) return false
  const { rows } = await db.query(
    `UPDATE staff_recovery_codes SET used_at = $3
      WHERE code_hash = $1 AND account_id = $2 AND used_at IS NULL RETURNING code_hash`,
    [hashToken(normaliseRecoveryCode(code)), accountId, now],
  )
  return rows.length === 1
}

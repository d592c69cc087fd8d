/**
 * Staff accounts in the bookings database: invited by `npm run staff:invite`, enrolled through a
 * one-time link, disabled by `npm run staff:disable` (which also ends their sessions). Never
 * deleted, so the access log keeps naming who did what.
 */
import 'server-only'
import { z } from 'zod'
import type { Db, Queryable } from '@/lib/consultations/server/db'
import { hashToken, newToken, TOKEN_PATTERN } from './tokens'
import { newTotpSecret } from './totp'

export const ROLES = ['intake', 'admin'] as const
export type Role = (typeof ROLES)[number]

export interface StaffAccount {
  id: string
  name: string
  email: string
  role: Role
}

export interface AccountOverview extends StaffAccount {
  active: boolean
  createdAt: Date
  disabledAt: Date | null
  passkeys: number
  hasPassword: boolean
}

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .transform((value) => value.toLowerCase())
  .pipe(z.email('an e-mail address like name@clinic.example'))

export const inviteSchema = z.object({
  name: z.string().trim().min(1, 'a name').max(100, 'at most 100 characters'),
  email: emailSchema,
  role: z.enum(ROLES, `one of ${ROLES.join(', ')}`),
})
export type Invite = z.infer<typeof inviteSchema>

export const ENROLMENT_HOURS = 72

interface AccountRow {
  id: string
  name: string
  email: string
  role: Role
}

/**
 * Creates the account (or, for an e-mail that has one, updates its name and role and enables it
 * again) and a fresh enrolment link; earlier unused links for it stop working. The token is
 * returned once, for the link; only its hash is stored.
 */
export async function inviteStaff(
  db: Db,
  invite: Invite,
  now: Date = new Date(),
  validHours = ENROLMENT_HOURS,
): Promise<{ account: StaffAccount; token: string; expiresAt: Date }> {
  const token = newToken()
  const expiresAt = new Date(now.getTime() + validHours * 3_600_000)
  const account = await db.transaction(async (tx) => {
    const { rows } = await tx.query<AccountRow>(
      `INSERT INTO staff_accounts (name, email, role, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name, role = EXCLUDED.role, active = true, disabled_at = NULL
       RETURNING id, name, email, role`,
      [invite.name, invite.email, invite.role, now],
    )
    const [row] = rows
    if (!row) throw new Error('The account was not written')
    await tx.query('UPDATE staff_enrolments SET used_at = $2 WHERE account_id = $1 AND used_at IS NULL', [row.id, now])
    await tx.query(
      'INSERT INTO staff_enrolments (token_hash, account_id, totp_secret, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
      [hashToken(token), row.id, newTotpSecret(), now, expiresAt],
    )
    return row
  })
  return { account, token, expiresAt }
}

export interface Enrolment {
  account: StaffAccount
  totpSecret: string
  tokenHash: string
}

/** The account a link enrols, if the link is well formed, unused, unexpired and its account active. */
export async function findEnrolment(db: Queryable, token: string, now: Date = new Date()): Promise<Enrolment | null> {
  if (!TOKEN_PATTERN.test(token)) return null
  const { rows } = await db.query<AccountRow & { totp_secret: string; token_hash: string }>(
    `SELECT a.id, a.name, a.email, a.role, e.totp_secret, e.token_hash
       FROM staff_enrolments e JOIN staff_accounts a ON a.id = e.account_id
      WHERE e.token_hash = $1 AND e.used_at IS NULL AND e.expires_at > $2 AND a.active`,
    [hashToken(token), now],
  )
  const [row] = rows
  if (!row) return null
  return {
    account: { id: row.id, name: row.name, email: row.email, role: row.role },
    totpSecret: row.totp_secret,
    tokenHash: row.token_hash,
  }
}

/** Uses the link up; false if someone else used it first (the same link in two tabs). */
export async function completeEnrolment(db: Queryable, enrolment: Enrolment, now: Date = new Date()): Promise<boolean> {
  const { rows } = await db.query(
    'UPDATE staff_enrolments SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL RETURNING token_hash',
    [enrolment.tokenHash, now],
  )
  return rows.length === 1
}

/** Disables the account and ends its sessions and links; false if there is no such active account. */
export async function disableStaff(db: Db, email: string, now: Date = new Date()): Promise<StaffAccount | null> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<AccountRow>(
      `UPDATE staff_accounts SET active = false, disabled_at = $2 WHERE email = $1 AND active
       RETURNING id, name, email, role`,
      [email, now],
    )
    const [row] = rows
    if (!row) return null
    await tx.query('DELETE FROM staff_sessions WHERE account_id = $1', [row.id])
    await tx.query('UPDATE staff_enrolments SET used_at = $2 WHERE account_id = $1 AND used_at IS NULL', [row.id, now])
    return row
  })
}

/** An active account by e-mail, with its password and TOTP secret, for password sign-in. */
export async function findForPasswordSignIn(
  db: Queryable,
  email: string,
): Promise<
  (StaffAccount & { passwordHash: string | null; totpSecret: string | null; totpLastStep: number | null }) | null
> {
  const { rows } = await db.query<
    AccountRow & { password_hash: string | null; totp_secret: string | null; totp_last_step: string | null }
  >(
    `SELECT id, name, email, role, password_hash, totp_secret, totp_last_step
       FROM staff_accounts WHERE email = $1 AND active`,
    [email],
  )
  const [row] = rows
  if (!row) return null
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    passwordHash: row.password_hash,
    totpSecret: row.totp_secret,
    totpLastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
  }
}

/** Records a TOTP step as used; false if that step (or a later one) was used already. Atomic. */
export async function claimTotpStep(db: Queryable, accountId: string, step: number): Promise<boolean> {
  const { rows } = await db.query(
    `UPDATE staff_accounts SET totp_last_step = $2
      WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING id`,
    [accountId, step],
  )
  return rows.length === 1
}

/** Sets the fallback method (password + authenticator app) and the step its first code used. */
export async function setPasswordMethod(
  db: Queryable,
  accountId: string,
  passwordHash: string,
  totpSecret: string,
  step: number,
): Promise<void> {
  await db.query('UPDATE staff_accounts SET password_hash = $2, totp_secret = $3, totp_last_step = $4 WHERE id = $1', [
    accountId,
    passwordHash,
    totpSecret,
    step,
  ])
}

export async function hasPasswordMethod(db: Queryable, accountId: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM staff_accounts WHERE id = $1 AND password_hash IS NOT NULL', [
    accountId,
  ])
  return rows.length > 0
}

export async function hasAnyAccount(db: Queryable): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM staff_accounts WHERE active LIMIT 1')
  return rows.length > 0
}

/** For admins: every account, active first. */
export async function listAccounts(db: Queryable): Promise<AccountOverview[]> {
  const { rows } = await db.query<
    AccountRow & {
      active: boolean
      created_at: Date
      disabled_at: Date | null
      passkeys: number
      has_password: boolean
    }
  >(
    `SELECT a.id, a.name, a.email, a.role, a.active, a.created_at, a.disabled_at,
            (SELECT count(*)::int FROM staff_passkeys p WHERE p.account_id = a.id) AS passkeys,
            a.password_hash IS NOT NULL AS has_password
       FROM staff_accounts a ORDER BY a.active DESC, a.name ASC`,
  )
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    active: row.active,
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
    passkeys: row.passkeys,
    hasPassword: row.has_password,
  }))
}

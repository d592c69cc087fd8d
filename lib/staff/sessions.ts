/**
 * Staff sessions are rows in the bookings database, so they can be ended: by signing out, by
 * `npm run staff:disable`, or by time. The cookie holds a random token; the row holds its hash.
 * A session ends after 15 minutes without a request (automatic logoff, 45 CFR 164.312(a)(2)(iii))
 * and 8 hours after sign-in whatever happens.
 */
import 'server-only'
import type { Queryable } from '@/lib/consultations/server/db'
import type { Role, StaffAccount } from './accounts'
import { hashToken, newToken, TOKEN_PATTERN } from './tokens'

/** `__Host-`: Secure, Path=/ and no Domain are enforced by the browser itself. */
export const SESSION_COOKIE = '__Host-staff_session'
export const IDLE_MINUTES = 15
export const ABSOLUTE_HOURS = 8

export interface StaffSession {
  /** The row's id: named in the access log (never the token). */
  id: string
  account: StaffAccount
}

/**
 * A new session for the account. The session the browser held before, if any, is deleted: a
 * sign-in always gets a fresh token (no session fixation).
 */
export async function startSession(
  db: Queryable,
  accountId: string,
  previousToken: string | undefined,
  now: Date = new Date(),
): Promise<{ token: string; sessionId: string }> {
  if (previousToken) await endSession(db, previousToken)
  // Sessions left to expire (nobody signed out) go here, so the table stays small.
  await deleteDeadSessions(db, now)
  const token = newToken()
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO staff_sessions (token_hash, account_id, created_at, last_seen_at, expires_at)
     VALUES ($1, $2, $3, $3, $4) RETURNING id`,
    [hashToken(token), accountId, now, new Date(now.getTime() + ABSOLUTE_HOURS * 3_600_000)],
  )
  const [row] = rows
  if (!row) throw new Error('The session was not written')
  return { token, sessionId: row.id }
}

/**
 * The session a cookie names, if it is still live and its account active; a request counts as
 * activity. An idle or expired session is deleted on sight.
 */
export async function readSession(
  db: Queryable,
  token: string | undefined,
  now: Date = new Date(),
): Promise<StaffSession | null> {
  if (!token || !TOKEN_PATTERN.test(token)) return null
  const idleSince = new Date(now.getTime() - IDLE_MINUTES * 60_000)
  const { rows } = await db.query<{ id: string; account_id: string; name: string; email: string; role: Role }>(
    `UPDATE staff_sessions s SET last_seen_at = $2
       FROM staff_accounts a
      WHERE s.token_hash = $1 AND a.id = s.account_id AND a.active
        AND s.expires_at > $2 AND s.last_seen_at > $3
      RETURNING s.id, a.id AS account_id, a.name, a.email, a.role`,
    [hashToken(token), now, idleSince],
  )
  const [row] = rows
  if (!row) {
    await endSession(db, token)
    return null
  }
  return { id: row.id, account: { id: row.account_id, name: row.name, email: row.email, role: row.role } }
}

export async function endSession(db: Queryable, token: string): Promise<void> {
  if (!TOKEN_PATTERN.test(token)) return
  await db.query('DELETE FROM staff_sessions WHERE token_hash = $1', [hashToken(token)])
}

/** Sessions that can no longer be used. */
export async function deleteDeadSessions(db: Queryable, now: Date = new Date()): Promise<number> {
  const { rows } = await db.query(
    'DELETE FROM staff_sessions WHERE expires_at <= $1 OR last_seen_at <= $2 RETURNING id',
    [now, new Date(now.getTime() - IDLE_MINUTES * 60_000)],
  )
  return rows.length
}

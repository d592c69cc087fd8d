/**
 * The outbox table's state machine (booking_notifications, migrations 0001 and 0002):
 *
 *   pending --claim (lease)--> pending+lease --markSending--> sending --markSent--> sent
 *      ^                                                         |
 *      +------- refused or not connected: backoff ---------------+--> failed (refused for good)
 *                                                                |
 *                      lease expired while 'sending' (crash) ----+--> in-doubt (never resent)
 *
 * Several workers (app instances, `npm run outbox:drain`) on PostgreSQL never send a row twice:
 * the row lock keeps two simultaneous claims off the same row (SKIP LOCKED just lets the loser
 * move on instead of waiting), the lease check in the claim keeps a later claim off a leased row,
 * and markSending's lease-and-state check stops a worker whose lease was lost. PGlite has one
 * connection and serialises anyway. __tests__/lib/mail/outbox-two-processes.test.ts runs two.
 */
import 'server-only'
import { randomUUID } from 'node:crypto'
import type { Queryable } from '@/lib/consultations/server/db'

export type NotificationKind = 'booking-requested' | 'patient-confirmation' | 'booking-cancelled'

export interface Claimed {
  id: string
  bookingId: string
  kind: NotificationKind
  /** Including this one. */
  attempts: number
  leaseId: string
}

const CLAIM = `
UPDATE booking_notifications
   SET lease_id = $1, locked_until = now() + make_interval(secs => $2), attempts = attempts + 1, last_attempt_at = now()
 WHERE id = (
   SELECT id FROM booking_notifications
    WHERE state = 'pending' AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())
    ORDER BY next_attempt_at, id
    LIMIT 1
    FOR UPDATE SKIP LOCKED)
RETURNING id::text AS id, booking_id, kind, attempts`

export async function claimNext(db: Queryable, leaseSeconds: number): Promise<Claimed | null> {
  const leaseId = randomUUID()
  const { rows } = await db.query<{ id: string; booking_id: string; kind: NotificationKind; attempts: number }>(CLAIM, [
    leaseId,
    leaseSeconds,
  ])
  const row = rows[0]
  return row ? { id: row.id, bookingId: row.booking_id, kind: row.kind, attempts: row.attempts, leaseId } : null
}

/**
 * Recorded (committed) before the message goes to SMTP: from here on, a crash leaves proof
 * that a send may have happened. False if the lease was lost meanwhile: do not send.
 */
export async function markSending(db: Queryable, claimed: Claimed): Promise<boolean> {
  const { rows } = await db.query(
    `UPDATE booking_notifications SET state = 'sending'
      WHERE id = $1 AND lease_id = $2 AND state = 'pending' AND locked_until > now() RETURNING id`,
    [claimed.id, claimed.leaseId],
  )
  return rows.length > 0
}

export async function markSent(db: Queryable, claimed: Claimed): Promise<void> {
  await db.query(
    `UPDATE booking_notifications SET state = 'sent', sent_at = now(), locked_until = NULL, last_error = NULL
      WHERE id = $1 AND lease_id = $2`,
    [claimed.id, claimed.leaseId],
  )
}

/** Nothing to send any more (the booking is gone, or the patient left no address). */
export async function markSkipped(db: Queryable, claimed: Claimed, reason: string): Promise<void> {
  await db.query(
    `UPDATE booking_notifications SET state = 'skipped', locked_until = NULL, last_error = $3
      WHERE id = $1 AND lease_id = $2`,
    [claimed.id, claimed.leaseId, reason.slice(0, 40)],
  )
}

/** Backoff before attempt n+1: 30 s, 1, 2, 4 ... minutes, capped at an hour, with jitter. */
export function backoffSeconds(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1))
  return Math.round(base * (0.8 + 0.4 * random()))
}

/** The message was definitely not accepted: try again later, or give up if refused for good. */
export async function markRetry(
  db: Queryable,
  claimed: Claimed,
  failure: { code: string; permanent: boolean },
  delaySeconds: number,
): Promise<void> {
  await db.query(
    `UPDATE booking_notifications
        SET state = CASE WHEN $3 THEN 'failed' ELSE 'pending' END,
            next_attempt_at = now() + make_interval(secs => $4), locked_until = NULL, last_error = $5
      WHERE id = $1 AND lease_id = $2`,
    [claimed.id, claimed.leaseId, failure.permanent, delaySeconds, failure.code.slice(0, 40)],
  )
}

/** Whether the message reached the server is unknown: keep it from ever being sent twice. */
export async function markInDoubt(db: Queryable, claimed: Claimed, code: string): Promise<void> {
  await db.query(
    `UPDATE booking_notifications SET state = 'in-doubt', locked_until = NULL, last_error = $3
      WHERE id = $1 AND lease_id = $2`,
    [claimed.id, claimed.leaseId, code.slice(0, 40)],
  )
}

/** Rows a dead worker left in 'sending': in doubt, and staff are shown so. */
export async function settleAbandoned(db: Queryable): Promise<number> {
  const { rows } = await db.query(
    `UPDATE booking_notifications SET state = 'in-doubt', locked_until = NULL, last_error = 'lease-expired'
      WHERE state = 'sending' AND locked_until < now() RETURNING id`,
  )
  return rows.length
}

export interface OutboxCounts {
  pending: number
  sending: number
  sent: number
  failed: number
  inDoubt: number
}

export async function outboxCounts(db: Queryable): Promise<OutboxCounts> {
  const { rows } = await db.query<{ state: string; count: number }>(
    'SELECT state, count(*)::int AS count FROM booking_notifications GROUP BY state',
  )
  const of = (state: string) => rows.find((row) => row.state === state)?.count ?? 0
  return {
    pending: of('pending'),
    sending: of('sending'),
    sent: of('sent'),
    failed: of('failed'),
    inDoubt: of('in-doubt'),
  }
}

/**
 * The retention purge (docs/privacy-data.md): bookings, with their outbox rows, go
 * BOOKINGS_RETENTION_DAYS after the end of their call slot; staff access-log rows (no patient
 * data) go after STAFF_ACCESS_LOG_RETENTION_DAYS. Run by `npm run retention:purge`, by the
 * mail worker once a day and, lazily, by the booking store (instance.ts).
 */
import 'server-only'
import type { Queryable } from './db'

export interface RetentionPolicy {
  bookingDays: number
  accessLogDays: number
}

export interface PurgeResult {
  bookings: number
  accessLog: number
}

const DAY_MS = 86_400_000

export async function purgeExpired(
  db: Queryable,
  policy: RetentionPolicy,
  now: Date = new Date(),
): Promise<PurgeResult> {
  const bookings = await db.query('DELETE FROM bookings WHERE slot_end < $1 RETURNING id', [
    new Date(now.getTime() - policy.bookingDays * DAY_MS),
  ])
  const accessLog = await db.query('DELETE FROM staff_access_log WHERE at < $1 RETURNING id', [
    new Date(now.getTime() - policy.accessLogDays * DAY_MS),
  ])
  return { bookings: bookings.rows.length, accessLog: accessLog.rows.length }
}

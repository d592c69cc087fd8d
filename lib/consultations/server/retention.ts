/**
 * The retention purge (docs/privacy-data.md), the only code that deletes by age: bookings, with
 * their outbox rows, go BOOKINGS_RETENTION_DAYS after the end of their call slot; staff
 * access-log rows (no patient data) go after STAFF_ACCESS_LOG_RETENTION_DAYS.
 *
 * One schedule: every server process runs it when it starts and every six hours after
 * (`startRetentionSchedule`, from instrumentation.ts); `npm run retention:purge` runs it once.
 * Running it twice, or on several instances at once, deletes nothing more.
 */
import 'server-only'
import { log } from '@/lib/log'
import { processSingleton } from '@/lib/process-singleton'
import { bookingConfig, type BookingConfig } from './config'
import type { Queryable } from './db'
import { safeErrorSummary } from './store'

export interface RetentionPolicy {
  bookingDays: number
  accessLogDays: number
}

export interface PurgeResult {
  bookings: number
  accessLog: number
}

const DAY_MS = 86_400_000
export const PURGE_EVERY_MS = 6 * 3_600_000

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

export function retentionPolicy(config: BookingConfig = bookingConfig()): RetentionPolicy {
  return { bookingDays: config.BOOKINGS_RETENTION_DAYS, accessLogDays: config.STAFF_ACCESS_LOG_RETENTION_DAYS }
}

/** One scheduled run: counts go to the log, a failure is logged and waits for the next run. */
export async function runRetentionPurge(getDb: () => Promise<Queryable>): Promise<PurgeResult | null> {
  try {
    const result = await purgeExpired(await getDb(), retentionPolicy())
    if (result.bookings + result.accessLog > 0) log.info('Retention purge', { ...result })
    return result
  } catch (error) {
    log.error('Retention purge failed', safeErrorSummary(error))
    return null
  }
}

/**
 * Starts the purge timer, once per process: a run now and every PURGE_EVERY_MS. Not during
 * `next build`; the timer never keeps a process alive on its own.
 */
export function startRetentionSchedule(getDb: () => Promise<Queryable>): void {
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  processSingleton('consultations.retention-timer', () => {
    let running = false
    const tick = async () => {
      // A slow database must not pile up runs.
      if (running) return
      running = true
      await runRetentionPurge(getDb)
      running = false
    }
    const timer = setInterval(() => void tick(), PURGE_EVERY_MS)
    timer.unref()
    void tick()
    return timer
  })
}

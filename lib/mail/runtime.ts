/**
 * The mail worker inside the app server (instrumentation.ts) and the one-shot runs behind
 * `npm run outbox:drain` / `npm run retention:purge`. One worker per process, on globalThis
 * like the booking store. Logs carry counts and codes only.
 */
import 'server-only'
import { bookingConfig } from '@/lib/consultations/server/config'
import type { Db } from '@/lib/consultations/server/db'
import { purgeExpired, type PurgeResult } from '@/lib/consultations/server/retention'
import { safeErrorSummary } from '@/lib/consultations/server/store'
import { env } from '@/lib/env'
import { log } from '@/lib/log'
import { loadClinicInfo } from './clinic-info'
import { mailConfig } from './config'
import { createSmtpTransport, type MailTransport } from './transport'
import { drainOutbox, type DrainResult } from './worker'

const DAY_MS = 86_400_000
const holder = globalThis as typeof globalThis & {
  __clinicMailWorker?: { timer: NodeJS.Timeout; transport: MailTransport | null }
}

let warnedUnconfigured = false

function transportFromEnv(): MailTransport | null {
  const { SMTP_URL } = mailConfig()
  if (SMTP_URL) return createSmtpTransport(SMTP_URL)
  if (!warnedUnconfigured) {
    // Once per process: messages stay queued, and go out as soon as SMTP_URL is set.
    log.warn('Outbox: mail not configured (SMTP_URL unset); messages stay queued')
    warnedUnconfigured = true
  }
  return null
}

export async function drainWith(db: Db, transport: MailTransport): Promise<DrainResult> {
  const config = mailConfig()
  return drainOutbox({
    db,
    transport,
    clinic: loadClinicInfo,
    mailFrom: config.MAIL_FROM,
    intakeEmail: config.CLINIC_INTAKE_EMAIL,
    tokenSecret: bookingConfig().BOOKING_TOKEN_SECRET,
    siteUrl: env.SITE_URL,
  })
}

export async function purgeWith(db: Db): Promise<PurgeResult> {
  return purgeExpired(db, {
    bookingDays: bookingConfig().BOOKINGS_RETENTION_DAYS,
    accessLogDays: bookingConfig().STAFF_ACCESS_LOG_RETENTION_DAYS,
  })
}

function logDrain(result: DrainResult): void {
  const { sent, retried, failed, inDoubt, skipped } = result
  if (sent + retried + failed + inDoubt + skipped > 0)
    log.info('Outbox pass', { sent, retried, failed, inDoubt, skipped })
  if (failed + inDoubt > 0) log.warn('Outbox: messages need a look in the staff inbox', { failed, inDoubt })
}

/**
 * Starts the worker: an outbox pass every OUTBOX_POLL_SECONDS and the retention purge once a
 * day (and at start). Not during `next build`, and only once per process.
 */
export function startMailWorker(getDb: () => Promise<Db>): void {
  if (process.env.NEXT_PHASE === 'phase-production-build' || holder.__clinicMailWorker) return
  if (!bookingConfig().BOOKING_TOKEN_SECRET) log.warn('BOOKING_TOKEN_SECRET unset: confirmations carry no cancel link')
  const transport = transportFromEnv()
  let busy = false
  let lastPurge = 0

  const tick = async () => {
    if (busy) return
    busy = true
    try {
      const db = await getDb()
      if (Date.now() - lastPurge >= DAY_MS) {
        lastPurge = Date.now()
        const purged = await purgeWith(db)
        if (purged.bookings + purged.accessLog > 0) log.info('Retention purge', { ...purged })
      }
      if (transport) logDrain(await drainWith(db, transport))
    } catch (error) {
      log.error('Outbox pass failed', safeErrorSummary(error))
    } finally {
      busy = false
    }
  }

  const timer = setInterval(() => void tick(), mailConfig().OUTBOX_POLL_SECONDS * 1000)
  // The worker never keeps a process alive on its own.
  timer.unref()
  holder.__clinicMailWorker = { timer, transport }
  void tick()
}

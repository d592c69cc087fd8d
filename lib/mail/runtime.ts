/**
 * The mail worker inside the app server (instrumentation.ts) and the one-shot pass behind
 * `npm run outbox:drain`. One worker per process (a process singleton, like the booking store).
 * Logs carry counts and codes only. The retention purge has its own schedule
 * (lib/consultations/server/retention.ts).
 */
import 'server-only'
import { bookingConfig } from '@/lib/consultations/server/config'
import type { Db } from '@/lib/consultations/server/db'
import { safeErrorSummary } from '@/lib/consultations/server/store'
import { env } from '@/lib/env'
import { log } from '@/lib/log'
import { processSingleton } from '@/lib/process-singleton'
import { loadClinicInfo } from './clinic-info'
import { mailConfig } from './config'
import { createSmtpTransport, type MailTransport } from './transport'
import { drainOutbox, type DrainResult } from './worker'

function transportFromEnv(): MailTransport | null {
  const { SMTP_URL, SMTP_ALLOW_PLAINTEXT_LOOPBACK } = mailConfig()
  if (SMTP_URL) return createSmtpTransport(SMTP_URL, { allowPlaintextLoopback: SMTP_ALLOW_PLAINTEXT_LOOPBACK })
  // Once per process: messages stay queued, and go out as soon as SMTP_URL is set.
  processSingleton('mail.unconfigured-warning', () => {
    log.warn('Outbox: mail not configured (SMTP_URL unset); messages stay queued')
    return true
  })
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
    staffUrl: env.STAFF_ORIGIN,
  })
}

function logDrain(result: DrainResult): void {
  const { sent, retried, failed, inDoubt, skipped } = result
  if (sent + retried + failed + inDoubt + skipped > 0)
    log.info('Outbox pass', { sent, retried, failed, inDoubt, skipped })
  if (failed + inDoubt > 0) log.warn('Outbox: messages need a look in the staff inbox', { failed, inDoubt })
}

/**
 * Starts the worker: an outbox pass now and every OUTBOX_POLL_SECONDS. Not during `next build`,
 * and only once per process.
 */
export function startMailWorker(getDb: () => Promise<Db>): void {
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  processSingleton('mail.worker', () => {
    if (!bookingConfig().BOOKING_TOKEN_SECRET)
      log.warn('BOOKING_TOKEN_SECRET unset: confirmations carry no cancel link')
    const transport = transportFromEnv()
    // Read once: a changed SMTP_URL takes a restart (or `npm run outbox:drain`).
    if (!transport) return { timer: null, transport }
    let busy = false

    const tick = async () => {
      if (busy) return
      busy = true
      try {
        logDrain(await drainWith(await getDb(), transport))
      } catch (error) {
        log.error('Outbox pass failed', safeErrorSummary(error))
      } finally {
        busy = false
      }
    }

    const timer = setInterval(() => void tick(), mailConfig().OUTBOX_POLL_SECONDS * 1000)
    // The worker never keeps a process alive on its own.
    timer.unref()
    void tick()
    return { timer, transport }
  })
}

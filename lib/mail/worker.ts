/**
 * One pass over the outbox: claim a due message, build it from the booking as it is now,
 * hand it to SMTP, record the outcome. Pure of Next.js: tests drive it with PGlite and an
 * in-process SMTP server. Nothing about a patient is logged, only counts and error codes.
 */
import 'server-only'
import { signCancelToken } from '@/lib/consultations/server/cancel-token'
import { isLocale } from '@/lib/i18n'
import type { Db } from '@/lib/consultations/server/db'
import { paths } from '@/lib/routes'
import {
  backoffSeconds,
  claimNext,
  markInDoubt,
  markRetry,
  markSending,
  markSent,
  markSkipped,
  settleAbandoned,
  type Claimed,
} from './outbox'
import {
  clinicCancelled,
  clinicNewRequest,
  patientConfirmation,
  type ClinicInfo,
  type MailMessage,
  type NotificationBooking,
} from './messages'
import { classifySmtpError, type MailTransport } from './transport'

export interface DrainDeps {
  db: Db
  transport: MailTransport
  clinic: () => Promise<ClinicInfo>
  mailFrom?: string
  intakeEmail?: string
  /** Without it confirmations carry no cancel link (the patient is told to phone). */
  tokenSecret?: string
  siteUrl: string
  /** Where the staff inbox lives when it has a host of its own (STAFF_ORIGIN); else `siteUrl`. */
  staffUrl?: string
  now?: () => Date
  leaseSeconds?: number
}

export interface DrainResult {
  sent: number
  retried: number
  failed: number
  inDoubt: number
  skipped: number
}

/** A refused message (5xx) is tried this many times before it is recorded as failed. */
export const REFUSALS_BEFORE_FAILED = 3

interface BookingRow {
  id: string
  reference: string
  status: string
  slot_start: Date
  slot_end: Date
  time_zone: string
  email: string | null
  language: string
}

async function loadBooking(db: Db, id: string): Promise<(NotificationBooking & { status: string }) | null> {
  const { rows } = await db.query<BookingRow>(
    'SELECT id, reference, status, slot_start, slot_end, time_zone, email, language FROM bookings WHERE id = $1',
    [id],
  )
  const row = rows[0]
  return row
    ? {
        id: row.id,
        reference: row.reference,
        status: row.status,
        slotStart: row.slot_start,
        slotEnd: row.slot_end,
        timeZone: row.time_zone,
        email: row.email,
        // The column's check constraint allows only the site's locales.
        language: isLocale(row.language) ? row.language : 'en',
      }
    : null
}

const domainOf = (address: string) => /@([A-Za-z0-9.-]+)>?\s*$/.exec(address)?.[1] ?? 'clinic-site.invalid'

/** The message for a row, or why there is none to send. */
async function compose(claimed: Claimed, deps: DrainDeps): Promise<MailMessage | { skip: string }> {
  const booking = await loadBooking(deps.db, claimed.bookingId)
  if (!booking) return { skip: 'booking-gone' }
  const clinic = await deps.clinic()
  const intake = deps.intakeEmail ?? clinic.email
  const inbox = new URL(paths.staff(), deps.staffUrl ?? deps.siteUrl).toString()
  switch (claimed.kind) {
    case 'booking-requested':
      return clinicNewRequest(booking, clinic, intake, inbox)
    case 'booking-cancelled':
      return clinicCancelled(booking, clinic, intake, inbox)
    case 'patient-confirmation': {
      if (!booking.email) return { skip: 'no-address' }
      // A confirmation for a call already cancelled (or past) would only confuse.
      const now = deps.now?.() ?? new Date()
      if (booking.status === 'cancelled') return { skip: 'cancelled' }
      if (booking.slotStart <= now) return { skip: 'past' }
      const cancelUrl = deps.tokenSecret
        ? `${new URL(paths.consultationCancel(booking.language), deps.siteUrl).toString()}?token=${signCancelToken(booking.id, booking.slotStart, deps.tokenSecret)}`
        : null
      return patientConfirmation({ ...booking, email: booking.email }, clinic, cancelUrl, now)
    }
  }
}

export async function drainOutbox(deps: DrainDeps, limit = 50): Promise<DrainResult> {
  const result: DrainResult = { sent: 0, retried: 0, failed: 0, inDoubt: await settleAbandoned(deps.db), skipped: 0 }
  for (let i = 0; i < limit; i += 1) {
    const claimed = await claimNext(deps.db, deps.leaseSeconds ?? 120)
    if (!claimed) break

    let message: MailMessage | { skip: string }
    try {
      message = await compose(claimed, deps)
    } catch {
      // Content or database trouble: nothing was sent, try again later.
      await markRetry(deps.db, claimed, { code: 'compose', permanent: false }, backoffSeconds(claimed.attempts))
      result.retried += 1
      continue
    }
    if ('skip' in message) {
      await markSkipped(deps.db, claimed, message.skip)
      result.skipped += 1
      continue
    }

    const clinicFrom = deps.mailFrom ?? (await deps.clinic()).email
    if (!(await markSending(deps.db, claimed))) continue
    try {
      await deps.transport.send({
        ...message,
        from: clinicFrom,
        messageId: `<notification-${claimed.id}.${claimed.bookingId}@${domainOf(clinicFrom)}>`,
      })
    } catch (error) {
      const failure = classifySmtpError(error)
      if (failure.kind === 'unknown') {
        await markInDoubt(deps.db, claimed, failure.code)
        result.inDoubt += 1
      } else {
        const permanent = failure.kind === 'refused' && claimed.attempts >= REFUSALS_BEFORE_FAILED
        await markRetry(deps.db, claimed, { code: failure.code, permanent }, backoffSeconds(claimed.attempts))
        if (permanent) result.failed += 1
        else result.retried += 1
      }
      continue
    }
    // If this write fails (or the process dies first) the row stays 'sending' and becomes
    // 'in-doubt' when its lease runs out: never sent a second time.
    await markSent(deps.db, claimed)
    result.sent += 1
  }
  return result
}

/**
 * Bookings storage: creating, finding and cancelling requests; it never logs patient data.
 * Double booking is prevented by constraints (see migrations/0001), not by checking first.
 * Deleting by age is the retention purge's alone (retention.ts).
 */
import 'server-only'
import { databaseErrorInfo, type Db } from './db'
import { newReference } from './reference'
import type { TimeRange } from '@/lib/consultations/shared/slots'
import type { Locale } from '@/lib/routes'

export interface NewBooking {
  slotStart: Date
  slotEnd: Date
  /** slotEnd plus the buffer that must stay free after the call. */
  holdEnd: Date
  name: string
  phone: string
  email: string | null
  timeZone: string
  treatmentSlug: string | null
  consentAt: Date
  idempotencyKey: string | null
  /** The patient's language: their e-mails are in it and the care team calls back in it. */
  language: Locale
}

export type CreateBookingResult =
  | { status: 'created' | 'replayed'; reference: string; slotStart: Date }
  | { status: 'slot-taken' }
  /** The idempotency key was used before for a different request. */
  | { status: 'key-conflict' }

export interface BookingSummary {
  reference: string
  status: string
  slotStart: Date
  slotEnd: Date
  timeZone: string
}

/** What the cancel page may show: the time, never the name or phone. */
export interface CancellableBooking {
  id: string
  status: string
  slotStart: Date
  timeZone: string
}

export type CancelResult = 'cancelled' | 'already-cancelled' | 'too-late' | 'not-found'

export interface BookingStore {
  create(booking: NewBooking): Promise<CreateBookingResult>
  /** Active bookings whose time overlaps the range. */
  taken(range: TimeRange): Promise<TimeRange[]>
  findByReference(reference: string): Promise<BookingSummary | null>
  findForCancel(id: string): Promise<CancellableBooking | null>
  /**
   * Cancels a booking that has not started yet and queues a notice to the care team in the
   * same statement. The slot is free again at once (the slot constraints skip cancelled rows).
   */
  cancel(id: string, now: Date): Promise<CancelResult>
}

const INSERT_BOOKING = `
WITH inserted AS (
  INSERT INTO bookings (reference, slot_start, slot_end, hold_end, name, phone, email, time_zone,
                        treatment_slug, consent_at, idempotency_key, language)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
  ON CONFLICT (idempotency_key) DO NOTHING
  RETURNING id, reference, slot_start, email
), queued AS (
  -- The care team is always told; the patient gets a confirmation only if they gave an address.
  INSERT INTO booking_notifications (booking_id, kind)
  SELECT id, 'booking-requested' FROM inserted
  UNION ALL
  SELECT id, 'patient-confirmation' FROM inserted WHERE email IS NOT NULL
)
SELECT reference, slot_start FROM inserted`

const CANCEL_BOOKING = `
WITH cancelled AS (
  UPDATE bookings SET status = 'cancelled', cancelled_at = $2
   WHERE id = $1 AND status <> 'cancelled' AND slot_start > $2
  RETURNING id
), queued AS (
  INSERT INTO booking_notifications (booking_id, kind) SELECT id, 'booking-cancelled' FROM cancelled
)
SELECT id FROM cancelled`

const SLOT_CONSTRAINTS = new Set(['bookings_slot_start_active', 'bookings_no_overlap'])

export function createBookingStore(db: Db): BookingStore {
  async function replay(booking: NewBooking): Promise<CreateBookingResult | null> {
    if (booking.idempotencyKey === null) return null
    const { rows } = await db.query<{ reference: string; slot_start: Date; phone: string }>(
      'SELECT reference, slot_start, phone FROM bookings WHERE idempotency_key = $1',
      [booking.idempotencyKey],
    )
    const first = rows[0]
    if (!first) return null
    // Same key, same request: answer as the first time. Same key, other request: refuse.
    const same = first.slot_start.getTime() === booking.slotStart.getTime() && first.phone === booking.phone
    return same
      ? { status: 'replayed', reference: first.reference, slotStart: first.slot_start }
      : { status: 'key-conflict' }
  }

  async function findForCancel(id: string): Promise<CancellableBooking | null> {
    const { rows } = await db.query<{ id: string; status: string; slot_start: Date; time_zone: string }>(
      'SELECT id, status, slot_start, time_zone FROM bookings WHERE id = $1',
      [id],
    )
    const row = rows[0]
    return row ? { id: row.id, status: row.status, slotStart: row.slot_start, timeZone: row.time_zone } : null
  }

  return {
    async create(booking) {
      // A reference collision (1 in 2^50 per pair) is retried with a fresh one.
      for (let attempt = 0; attempt < 3; attempt += 1) {
        try {
          const { rows } = await db.query<{ reference: string; slot_start: Date }>(INSERT_BOOKING, [
            newReference(),
            booking.slotStart,
            booking.slotEnd,
            booking.holdEnd,
            booking.name,
            booking.phone,
            booking.email,
            booking.timeZone,
            booking.treatmentSlug,
            booking.consentAt,
            booking.idempotencyKey,
            booking.language,
          ])
          const row = rows[0]
          if (row) return { status: 'created', reference: row.reference, slotStart: row.slot_start }
          return (await replay(booking)) ?? { status: 'key-conflict' }
        } catch (error) {
          const { code, constraint } = databaseErrorInfo(error)
          if (code === '23505' && constraint === 'bookings_reference_key') continue
          const isClash = (code === '23505' || code === '23P01') && constraint !== undefined
          if (isClash && (SLOT_CONSTRAINTS.has(constraint) || constraint === 'bookings_idempotency_key_key')) {
            // A concurrent retry with the same key can lose on the slot index first.
            return (await replay(booking)) ?? { status: 'slot-taken' }
          }
          throw error
        }
      }
      throw new Error('Could not allocate a unique booking reference')
    },

    async taken(range) {
      const { rows } = await db.query<{ slot_start: Date; slot_end: Date }>(
        `SELECT slot_start, slot_end FROM bookings
          WHERE status <> 'cancelled' AND slot_start < $2 AND hold_end > $1
          ORDER BY slot_start`,
        [range.start, range.end],
      )
      return rows.map((row) => ({ start: row.slot_start, end: row.slot_end }))
    },

    async findByReference(reference) {
      const { rows } = await db.query<{
        reference: string
        status: string
        slot_start: Date
        slot_end: Date
        time_zone: string
      }>('SELECT reference, status, slot_start, slot_end, time_zone FROM bookings WHERE reference = $1', [reference])
      const row = rows[0]
      return row
        ? {
            reference: row.reference,
            status: row.status,
            slotStart: row.slot_start,
            slotEnd: row.slot_end,
            timeZone: row.time_zone,
          }
        : null
    },

    findForCancel,

    async cancel(id, now) {
      const { rows } = await db.query<{ id: string }>(CANCEL_BOOKING, [id, now])
      if (rows.length > 0) return 'cancelled'
      const booking = await findForCancel(id)
      if (!booking) return 'not-found'
      return booking.status === 'cancelled' ? 'already-cancelled' : 'too-late'
    },
  }
}

/**
 * What may be logged about a failure: the error class and SQLSTATE, never its message or
 * detail (PostgreSQL puts the offending values, e.g. a phone number, in those).
 */
export function safeErrorSummary(error: unknown): Record<string, string> {
  const { code } = databaseErrorInfo(error)
  const kind = error instanceof Error ? error.name : typeof error
  return code ? { kind, code } : { kind }
}

/**
 * The booking use case shared by the Server Action and the JSON API:
 * serialise per client -> rate limit -> honeypot -> validate -> store.
 * Pure of Next.js: dependencies come in, so tests drive it with an in-memory database.
 */
import 'server-only'
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/min'
import type { RateLimiter } from '@/lib/rate-limit/rate-limiter'
import type { SerialQueue } from '@/lib/rate-limit/serial-queue'
import {
  checkSlotStart,
  dayWindow,
  generateSlots,
  slotAt,
  type SlotSettings,
  type TimeRange,
} from '@/lib/consultations/shared/slots'
import type { BookingStore } from './store'
import { minutes, type CalendarDate } from '@/lib/consultations/shared/time-zone'
import { HONEYPOT_FIELD, MESSAGES, validateConsultation, type FieldErrors } from '@/lib/consultations/shared/validation'

export interface BookingContext {
  settings: SlotSettings & { address?: { country: string } }
  treatmentSlugs: readonly string[]
}

export interface BookingDeps {
  store: BookingStore
  /** Booking requests per client. */
  limiter: RateLimiter
  /** Free-times (slots API) requests per client. */
  slotsLimiter: RateLimiter
  queue: SerialQueue
  loadContext: () => Promise<BookingContext>
  now: () => Date
}

export type BookingOutcome =
  | { kind: 'booked'; reference: string; slotStart: Date; replayed: boolean }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'conflict'; errors: FieldErrors }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  /** The honeypot was filled: answered like a success, stored nowhere. */
  | { kind: 'ignored' }

function defaultCountry(context: BookingContext): CountryCode {
  const country = context.settings.address?.country.toUpperCase()
  return country && isSupportedCountry(country) ? country : 'US'
}

export function validationContext(context: BookingContext, now: Date) {
  return {
    treatmentSlugs: context.treatmentSlugs,
    checkSlot: (start: Date) => checkSlotStart(context.settings, now, start),
    defaultCountry: defaultCountry(context),
  }
}

export async function requestConsultation(
  input: unknown,
  clientKey: string,
  deps: BookingDeps,
): Promise<BookingOutcome> {
  const outcome = await deps.queue.run(clientKey, async (): Promise<BookingOutcome> => {
    const limit = await deps.limiter.check(clientKey)
    if (!limit.allowed) return { kind: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds }

    const honeypot =
      typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[HONEYPOT_FIELD] : undefined
    if (typeof honeypot === 'string' && honeypot.trim() !== '') {
      await deps.limiter.record(clientKey)
      return { kind: 'ignored' }
    }

    const context = await deps.loadContext()
    const now = deps.now()
    const result = validateConsultation(input, validationContext(context, now))
    if (!result.ok) {
      await deps.limiter.record(clientKey)
      return { kind: 'invalid', errors: result.errors }
    }

    const { data } = result
    const slot = slotAt(context.settings, data.slotStart)
    const stored = await deps.store.create({
      slotStart: slot.start,
      slotEnd: slot.end,
      holdEnd: new Date(slot.end.getTime() + minutes(context.settings.consultation.bufferMinutes)),
      name: data.name,
      phone: data.phone,
      email: data.email ?? null,
      timeZone: data.timeZone,
      treatmentSlug: data.treatment ?? null,
      consentAt: now,
      idempotencyKey: data.idempotencyKey ?? null,
    })
    // A slot someone else just took is not the patient's fault: it does not count against them.
    if (stored.status === 'slot-taken') return { kind: 'conflict', errors: { slotStart: [MESSAGES.slotTaken] } }
    if (stored.status === 'key-conflict') {
      return { kind: 'conflict', errors: { idempotencyKey: [MESSAGES.idempotencyKeyReused] } }
    }
    await deps.limiter.record(clientKey)
    return {
      kind: 'booked',
      reference: stored.reference,
      slotStart: stored.slotStart,
      replayed: stored.status === 'replayed',
    }
  })
  return outcome === 'busy' ? { kind: 'rate-limited', retryAfterSeconds: 60 } : outcome
}

export interface SlotQuery {
  from: CalendarDate
  days: number
  timeZone: string
}

/** Bookable slots for whole days in the patient's zone, minus those taken. */
export async function availableSlots(
  query: SlotQuery,
  deps: Pick<BookingDeps, 'store' | 'loadContext' | 'now'>,
): Promise<TimeRange[]> {
  const { settings } = await deps.loadContext()
  const window = dayWindow(query.from, query.days, query.timeZone)
  // Bookings just outside the window still block its edge slots through the buffer.
  const margin = minutes(settings.consultation.bufferMinutes + settings.consultation.slotMinutes)
  const taken = await deps.store.taken({
    start: new Date(window.start.getTime() - margin),
    end: new Date(window.end.getTime() + margin),
  })
  return generateSlots({ settings, now: deps.now(), window, taken })
}

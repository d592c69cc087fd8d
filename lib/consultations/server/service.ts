/**
 * The booking use case shared by the Server Action and the JSON API:
 * serialise per client -> rate limit -> honeypot -> validate -> store.
 * Pure of Next.js: dependencies come in, so tests drive it with an in-memory database.
 */
import 'server-only'
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/min'
import { contactKey } from '@/lib/rate-limit/client-key'
import type { RateLimiter, RateLimitState } from '@/lib/rate-limit/rate-limiter'
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
import {
  bookingErrors,
  HONEYPOT_FIELD,
  requestLanguage,
  validateConsultation,
  type FieldErrors,
} from '@/lib/consultations/shared/validation'

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
  /** Booking requests per phone number and per e-mail address (keyed by an HMAC of each). */
  contactLimiter: RateLimiter
  queue: SerialQueue
  loadContext: () => Promise<BookingContext>
  now: () => Date
}

export type BookingOutcome =
  | { kind: 'booked'; reference: string; slotStart: Date; replayed: boolean }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'conflict'; errors: FieldErrors }
  /** `client`: this client sent too many; `contact`: this phone number or e-mail address did. */
  | { kind: 'rate-limited'; retryAfterSeconds: number; reason: 'client' | 'contact' }
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

/**
 * One e-mail inbox, however it is written: case folded, and the "+tag" many providers ignore
 * dropped, so alex+1@ and alex+2@ count as alex@.
 */
export function emailIdentity(email: string): string {
  const lower = email.trim().toLowerCase()
  const at = lower.lastIndexOf('@')
  if (at < 0) return lower
  const local = lower.slice(0, at)
  const plus = local.indexOf('+')
  return `${plus > 0 ? local.slice(0, plus) : local}${lower.slice(at)}`
}

/** The limit keys of a valid request: its phone number (E.164 already) and e-mail, if given. */
function contactKeys(data: { phone: string; email?: string | null }): string[] {
  const keys = [contactKey('phone', data.phone)]
  if (data.email) keys.push(contactKey('email', emailIdentity(data.email)))
  return keys
}

async function firstLimited(limiter: RateLimiter, keys: string[]): Promise<RateLimitState | null> {
  const states = await Promise.all(keys.map((key) => limiter.check(key)))
  const limited = states.filter((state) => !state.allowed)
  if (limited.length === 0) return null
  // The longest wait: the request is refused until every limit it hit allows it again.
  return limited.reduce((a, b) => (b.retryAfterSeconds > a.retryAfterSeconds ? b : a))
}

export async function requestConsultation(
  input: unknown,
  clientKey: string,
  deps: BookingDeps,
): Promise<BookingOutcome> {
  const outcome = await deps.queue.run(clientKey, async (): Promise<BookingOutcome> => {
    const limit = await deps.limiter.check(clientKey)
    if (!limit.allowed) return { kind: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds, reason: 'client' }

    const honeypot =
      typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[HONEYPOT_FIELD] : undefined
    if (typeof honeypot === 'string' && honeypot.trim() !== '') {
      await deps.limiter.record(clientKey)
      return { kind: 'ignored' }
    }

    // The patient's language: the messages below are in it, and the care team calls back in it.
    const language = requestLanguage(input)
    if (!language.ok) {
      await deps.limiter.record(clientKey)
      return { kind: 'invalid', errors: language.errors }
    }
    const { locale } = language
    const MESSAGES = bookingErrors(locale)

    const context = await deps.loadContext()
    const now = deps.now()
    const result = validateConsultation(input, { ...validationContext(context, now), locale })
    if (!result.ok) {
      await deps.limiter.record(clientKey)
      return { kind: 'invalid', errors: result.errors }
    }

    const { data } = result
    // Rotating addresses does not help with one phone number. Counted only once stored: an
    // invalid form or a slot someone else took costs the patient nothing.
    const contacts = contactKeys(data)
    const contactLimit = await firstLimited(deps.contactLimiter, contacts)
    if (contactLimit)
      return { kind: 'rate-limited', retryAfterSeconds: contactLimit.retryAfterSeconds, reason: 'contact' }

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
      language: locale,
    })
    // A slot someone else just took is not the patient's fault: it does not count against them.
    if (stored.status === 'slot-taken') return { kind: 'conflict', errors: { slotStart: [MESSAGES.slotTaken] } }
    if (stored.status === 'key-conflict') {
      return { kind: 'conflict', errors: { idempotencyKey: [MESSAGES.idempotencyKeyReused] } }
    }
    await deps.limiter.record(clientKey)
    // A replay is the same request again, not another one.
    if (stored.status === 'created') await Promise.all(contacts.map((key) => deps.contactLimiter.record(key)))
    return {
      kind: 'booked',
      reference: stored.reference,
      slotStart: stored.slotStart,
      replayed: stored.status === 'replayed',
    }
  })
  return outcome === 'busy' ? { kind: 'rate-limited', retryAfterSeconds: 60, reason: 'client' } : outcome
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

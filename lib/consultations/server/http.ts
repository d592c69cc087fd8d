/**
 * The booking JSON API, independent of Next.js routing: app/api/** routes pass the request
 * and the live dependencies; tests pass a PGlite-backed set. Nothing here logs request data.
 */
import 'server-only'
import { readBodyWithLimit } from '@/lib/http/read-body'
import { log } from '@/lib/log'
import {
  bookingErrors,
  contactLimitMessage,
  couldNotSaveMessage,
  requestLanguage,
} from '@/lib/consultations/shared/form-fields'
import { newReference } from './reference'
import { availableSlots, requestConsultation, type BookingDeps } from './service'
import { safeErrorSummary } from './store'
import { canonicalTimeZone, dateIn, parseIsoDate } from '@/lib/consultations/shared/time-zone'
import type { FieldErrors } from '@/lib/consultations/shared/form-fields'

/** Far above any honest request (all fields at their limits are about 1 KB). */
export const MAX_BODY_BYTES = 8 * 1024
export const MAX_SLOT_DAYS = 62

const NO_STORE = { 'Cache-Control': 'no-store, max-age=0' }

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { ...NO_STORE, ...headers } })

const errors = (status: number, list: FieldErrors | Record<string, string[]>, headers?: Record<string, string>) =>
  json({ errors: list }, status, headers)

export const SLOTS_LIMIT_MESSAGE = 'Too many requests for free times. Please wait a minute, or call us.'

export async function handleSlotsRequest(
  request: Request,
  clientKey: string,
  deps: Pick<BookingDeps, 'store' | 'loadContext' | 'now' | 'slotsLimiter'>,
) {
  // Slot generation is the API's costliest read: a generous limit per client still bounds it.
  const limit = await deps.slotsLimiter.check(clientKey)
  if (!limit.allowed) {
    return errors(429, { _form: [SLOTS_LIMIT_MESSAGE] }, { 'Retry-After': String(limit.retryAfterSeconds) })
  }
  await deps.slotsLimiter.record(clientKey)

  const params = new URL(request.url).searchParams
  const { settings } = await deps.loadContext()
  const problems: Record<string, string[]> = {}

  // From here on the canonical name only: it is what the caches are keyed by and what we answer.
  const timeZone = canonicalTimeZone(params.get('tz') ?? settings.timeZone)
  if (timeZone === null) problems.tz = ['Use an IANA time zone such as America/New_York.']

  const fromParam = params.get('from')
  const from = fromParam === null ? dateIn(deps.now(), timeZone ?? settings.timeZone) : parseIsoDate(fromParam)
  if (!from) problems.from = ['Use a date in the form YYYY-MM-DD.']

  const daysParam = params.get('days')
  const days = daysParam === null ? 7 : Number(daysParam)
  if (!/^\d+$/.test(daysParam ?? '7') || days < 1 || days > MAX_SLOT_DAYS) {
    problems.days = [`Use a whole number of days from 1 to ${MAX_SLOT_DAYS}.`]
  }

  if (!from || timeZone === null || Object.keys(problems).length > 0) return errors(400, problems)
  const slots = await availableSlots({ from, days, timeZone }, deps)
  return json(
    { timeZone, slots: slots.map((slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString() })) },
    200,
  )
}

type BodyResult = { ok: true; body: unknown } | { ok: false; response: Response }

async function readJsonBody(request: Request): Promise<BodyResult> {
  const mediaType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase()
  if (mediaType !== 'application/json') {
    return { ok: false, response: errors(415, { _form: ['Send JSON with Content-Type: application/json.'] }) }
  }
  const read = await readBodyWithLimit(request, MAX_BODY_BYTES)
  if (!read.ok) {
    return { ok: false, response: errors(413, { _form: [`The request body is larger than ${MAX_BODY_BYTES} bytes.`] }) }
  }
  const text = new TextDecoder().decode(read.bytes)
  try {
    return { ok: true, body: JSON.parse(text) }
  } catch {
    return { ok: false, response: errors(400, { _form: ['The request body is not valid JSON.'] }) }
  }
}

export async function handleCreateRequest(request: Request, clientKey: string, deps: BookingDeps) {
  const read = await readJsonBody(request)
  if (!read.ok) return read.response
  // `language` ('en' | 'es', English when left out): the answer's messages are in it, and it is
  // stored so the e-mail and the call back are too. Any other value is a 400 (from the service).
  const language = requestLanguage(read.body)
  const locale = language.ok ? language.locale : 'en'
  try {
    const outcome = await requestConsultation(read.body, clientKey, deps)
    switch (outcome.kind) {
      case 'booked':
        return json({ reference: outcome.reference }, 201, outcome.replayed ? { 'Idempotent-Replayed': 'true' } : {})
      case 'ignored':
        // Bots get the answer they expect and learn nothing; nothing was stored.
        return json({ reference: newReference() }, 201)
      case 'invalid':
        return errors(400, outcome.errors)
      case 'conflict':
        return errors(409, outcome.errors)
      case 'rate-limited':
        return errors(
          429,
          {
            _form: [
              outcome.reason === 'contact' ? contactLimitMessage(null, locale) : bookingErrors(locale).tooManyApi,
            ],
          },
          { 'Retry-After': String(outcome.retryAfterSeconds) },
        )
    }
  } catch (error) {
    log.error('Consultation request failed', safeErrorSummary(error))
    return errors(500, { _form: [couldNotSaveMessage(null, locale)] })
  }
}

/**
 * The consultation request schema: one definition for the browser form, the Server Action
 * and the JSON API. Context (treatments, offered slots) is passed in, so the same rules run
 * wherever the data is. No server-only imports: this module ships to the browser.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min'
import { z } from 'zod'
import type { SlotCheck } from './slots'
import type { Locale } from '@/lib/i18n'
import { FIELDS, LIMITS, bookingErrors, type Field, type FieldErrors } from './form-fields'
import { canonicalTimeZone } from './time-zone'

// The form's field names, limits and messages live apart from the schema so the page can show
// them without loading zod and the phone metadata; re-exported here for server code and tests.
export * from './form-fields'

export interface ValidationContext {
  /** Slugs of the treatments a patient may name as their interest. */
  treatmentSlugs: readonly string[]
  /** Says whether a start is bookable (ignoring bookings, which the database decides). */
  checkSlot: (start: Date) => SlotCheck
  /** Country assumed for numbers written without +country code. */
  defaultCountry?: CountryCode
  /** The patient's language, for the messages (English when not given). */
  locale?: Locale
}

/** Trims strings; treats blank and null as absent so optional fields accept empty inputs. */
const blankToUndefined = (value: unknown) => {
  if (value === null) return undefined
  if (typeof value !== 'string') return value
  const trimmed = value.trim()
  return trimmed === '' ? undefined : trimmed
}

const text = (required: string, max: number, tooLong: string) =>
  z.preprocess(blankToUndefined, z.string({ error: required }).max(max, tooLong))

// Letters and marks of any script, digits, spaces and the punctuation names really use.
// Excludes < > and friends (markup), emoji and control characters.
const NAME_PATTERN = /^[\p{L}\p{M}\p{Nd}][\p{L}\p{M}\p{Nd} '’.,-]*$/u

export function consultationSchema(context: ValidationContext) {
  const treatments = new Set(context.treatmentSlugs)
  const MESSAGES = bookingErrors(context.locale)
  const slotMessages: Record<Exclude<SlotCheck, 'ok'>, string> = {
    past: MESSAGES.slotPast,
    'too-soon': MESSAGES.slotTooSoon,
    'too-far': MESSAGES.slotTooFar,
    'not-offered': MESSAGES.slotNotOffered,
  }
  return z.object({
    name: text(MESSAGES.nameRequired, LIMITS.name * 2, MESSAGES.nameTooLong)
      .transform((name) => name.normalize('NFC').replace(/\s+/g, ' '))
      .pipe(z.string().max(LIMITS.name, MESSAGES.nameTooLong).regex(NAME_PATTERN, MESSAGES.nameCharacters)),

    phone: text(MESSAGES.phoneRequired, LIMITS.phone, MESSAGES.phoneInvalid).transform((raw, ctx) => {
      const parsed = /^[0-9+()./\s-]+$/.test(raw)
        ? parsePhoneNumberFromString(raw, context.defaultCountry ?? 'US')
        : undefined
      if (!parsed?.isValid()) {
        ctx.addIssue({ code: 'custom', message: MESSAGES.phoneInvalid })
        return z.NEVER
      }
      // Stored as E.164 so the care team's dialler and duplicate checks see one form.
      return parsed.number
    }),

    email: z.preprocess(
      blankToUndefined,
      z
        .string({ error: MESSAGES.emailInvalid })
        .max(LIMITS.email, MESSAGES.emailInvalid)
        .pipe(z.email(MESSAGES.emailInvalid))
        .transform((email) => {
          // The domain is case-insensitive; the local part is left as typed.
          const at = email.lastIndexOf('@')
          return email.slice(0, at) + email.slice(at).toLowerCase()
        })
        .optional(),
    ),

    slotStart: text(MESSAGES.slotRequired, LIMITS.slotStart, MESSAGES.slotNotOffered)
      .pipe(z.iso.datetime({ offset: true, error: MESSAGES.slotNotOffered }))
      .transform((iso, ctx) => {
        const start = new Date(iso)
        const check = context.checkSlot(start)
        if (check !== 'ok') {
          ctx.addIssue({ code: 'custom', message: slotMessages[check] })
          return z.NEVER
        }
        return start
      }),

    // Stored by its canonical name: "america/chicago" and "America/Chicago" are one zone.
    timeZone: text(MESSAGES.timeZoneInvalid, LIMITS.timeZone, MESSAGES.timeZoneInvalid).transform((zone, ctx) => {
      const canonical = canonicalTimeZone(zone)
      if (canonical === null) {
        ctx.addIssue({ code: 'custom', message: MESSAGES.timeZoneInvalid })
        return z.NEVER
      }
      return canonical
    }),

    treatment: z.preprocess(
      blankToUndefined,
      z
        .string({ error: MESSAGES.treatmentUnknown })
        .max(LIMITS.treatment, MESSAGES.treatmentUnknown)
        .refine((slug) => treatments.has(slug), MESSAGES.treatmentUnknown)
        .optional(),
    ),

    consent: z.literal(true, { error: MESSAGES.consentRequired }),

    idempotencyKey: z.preprocess(
      blankToUndefined,
      z
        .string({ error: MESSAGES.idempotencyKeyInvalid })
        .regex(/^[A-Za-z0-9_-]{8,100}$/, MESSAGES.idempotencyKeyInvalid)
        .optional(),
    ),
  })
}

export type ConsultationRequest = z.output<ReturnType<typeof consultationSchema>>

export type ValidationResult = { ok: true; data: ConsultationRequest } | { ok: false; errors: FieldErrors }

export function validateConsultation(input: unknown, context: ValidationContext): ValidationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: { _form: [bookingErrors(context.locale).notAnObject] } }
  }
  const result = consultationSchema(context).safeParse(input)
  if (result.success) return { ok: true, data: result.data }
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0]
    const key = typeof field === 'string' && (FIELDS as readonly string[]).includes(field) ? (field as Field) : '_form'
    const list = (errors[key] ??= [])
    // One message per field is enough for a person; duplicates only add noise.
    if (!list.includes(issue.message)) list.push(issue.message)
  }
  return { ok: false, errors }
}

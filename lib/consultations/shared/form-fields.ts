/**
 * The consultation form's fields, size limits and messages: plain data, no zod and no phone
 * metadata, so the booking page can render with them and load the schema only on submit.
 */
import { DEFAULT_LOCALE, isLocale, messages, type Locale } from '@/lib/i18n'
import { en } from '@/lib/i18n/messages/en'

export const LIMITS = {
  name: 100,
  phone: 32,
  email: 254,
  slotStart: 40,
  timeZone: 64,
  treatment: 100,
  idempotencyKey: 100,
} as const

export const FIELDS = [
  'name',
  'phone',
  'email',
  'slotStart',
  'timeZone',
  'treatment',
  'consent',
  'idempotencyKey',
  'language',
] as const
export type Field = (typeof FIELDS)[number]
export type FieldErrors = Partial<Record<Field | '_form', string[]>>

/** The form's messages in English; `bookingErrors(locale)` gives them in the patient's language. */
export const MESSAGES = en.booking.errors

/** The form's messages in a locale (lib/i18n's `booking.errors`): the schema, the action and the API use them. */
export function bookingErrors(locale: Locale = DEFAULT_LOCALE) {
  return messages(locale).booking.errors
}

/**
 * When the booking could not be stored (the database is down): the clinic's number in the
 * message itself, so a patient who could not book can still reach someone.
 */
export function couldNotSaveMessage(phoneDisplay: string | null, locale: Locale = DEFAULT_LOCALE): string {
  return bookingErrors(locale).couldNotSave(phoneDisplay)
}

/**
 * When one phone number or e-mail address has made several requests today (the per-contact
 * limit): a call is quicker than another form. It says nothing about who made the requests.
 */
export function contactLimitMessage(phoneDisplay: string | null, locale: Locale = DEFAULT_LOCALE): string {
  return bookingErrors(locale).contactLimit(phoneDisplay)
}

/** The request's language field: absent means English; any other value is refused (in English, as it is unknown). */
export const LANGUAGE_FIELD = 'language'
export const LANGUAGE_INVALID = "Use 'en' or 'es' for language, or leave it out for English."

export type LanguageChoice = { ok: true; locale: Locale } | { ok: false; errors: FieldErrors }

export function requestLanguage(input: unknown): LanguageChoice {
  const value =
    typeof input === 'object' && input !== null && !Array.isArray(input)
      ? (input as Record<string, unknown>)[LANGUAGE_FIELD]
      : undefined
  if (value === undefined || value === null) return { ok: true, locale: DEFAULT_LOCALE }
  return isLocale(value) ? { ok: true, locale: value } : { ok: false, errors: { language: [LANGUAGE_INVALID] } }
}

/** Form field names the page uses; `website` is the honeypot. */
export const HONEYPOT_FIELD = 'website'

/** Reads the form into the JSON API's shape, so both go through one schema. */
export function formDataToInput(form: FormData): Record<string, unknown> {
  const value = (name: string) => {
    const entry = form.get(name)
    return typeof entry === 'string' ? entry : undefined
  }
  return {
    name: value('name'),
    phone: value('phone'),
    email: value('email'),
    slotStart: value('slotStart'),
    timeZone: value('timeZone'),
    treatment: value('treatment'),
    consent: value('consent') === 'yes',
    idempotencyKey: value('idempotencyKey'),
    // The page's language, posted as a hidden field; the API takes it from the JSON body.
    language: value('language'),
  }
}

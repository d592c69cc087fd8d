/**
 * The consultation form's fields, size limits and messages: plain data, no zod and no phone
 * metadata, so the booking page can render with them and load the schema only on submit.
 */
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
] as const
export type Field = (typeof FIELDS)[number]
export type FieldErrors = Partial<Record<Field | '_form', string[]>>

export const MESSAGES = {
  nameRequired: 'Please enter your name.',
  nameTooLong: `Please keep your name under ${LIMITS.name + 1} characters.`,
  nameCharacters: 'Please use letters, spaces, apostrophes, hyphens and periods only.',
  phoneRequired: 'Please enter a phone number we can call.',
  phoneInvalid: 'Please enter a valid phone number, including the area code.',
  emailInvalid: 'Please enter a valid e-mail address, or leave it empty.',
  slotRequired: 'Please choose a time for your call.',
  slotPast: 'That time has passed. Please choose another time.',
  slotTooSoon: 'That time is too soon for us to prepare. Please choose a later time.',
  slotTooFar: 'That time is too far ahead. Please choose an earlier time.',
  slotNotOffered: 'Please choose one of the times offered.',
  slotTaken: 'Someone has just booked that time. Please choose another time.',
  timeZoneInvalid: 'Please choose a valid time zone.',
  treatmentUnknown: 'Please choose a treatment from the list, or leave it empty.',
  consentRequired: 'Please agree so that we can call you about your consultation.',
  idempotencyKeyInvalid: 'Invalid request key. Please reload the page and try again.',
  idempotencyKeyReused: 'This form was already sent for another time. Please reload the page to book again.',
} as const

/**
 * When the booking could not be stored (the database is down): the clinic's number in the
 * message itself, so a patient who could not book can still reach someone.
 */
export function couldNotSaveMessage(phoneDisplay: string | null): string {
  const call = phoneDisplay ? `call us on ${phoneDisplay}` : 'call us'
  return `We could not save your request. Please try again in a few minutes, or ${call}.`
}

/**
 * When one phone number or e-mail address has made several requests today (the per-contact
 * limit): a call is quicker than another form. It says nothing about who made the requests.
 */
export function contactLimitMessage(phoneDisplay: string | null): string {
  const call = phoneDisplay ? `call us on ${phoneDisplay}` : 'call us'
  return `We already have several requests with these contact details today. Please ${call} and we will help you book.`
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
  }
}

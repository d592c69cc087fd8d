import { checkSlotStart, type SlotSettings } from '@/lib/consultations/shared/slots'
import {
  LIMITS,
  MESSAGES,
  formDataToInput,
  validateConsultation,
  type ValidationContext,
} from '@/lib/consultations/shared/validation'

const settings: SlotSettings = {
  timeZone: 'America/New_York',
  openingHours: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((day) => ({
    day: day as SlotSettings['openingHours'][number]['day'],
    opens: '09:00',
    closes: '17:00',
  })),
  consultation: { slotMinutes: 15, leadTimeHours: 2, horizonDays: 14, bufferMinutes: 0 },
}
const now = new Date('2026-06-10T14:05:00Z') // Wednesday 10:05 in New York

const context: ValidationContext = {
  treatmentSlugs: ['ketamine-iv-therapy', 'ketamine-assisted-psychotherapy'],
  checkSlot: (start) => checkSlotStart(settings, now, start),
}

const valid = {
  name: 'Alex Rivera',
  phone: '(212) 555-0123',
  email: 'Alex@Example.COM',
  slotStart: '2026-06-11T14:00:00.000Z',
  timeZone: 'America/Chicago',
  treatment: 'ketamine-iv-therapy',
  consent: true,
  idempotencyKey: 'b3f1c2d4-0000-4000-8000-000000000001',
}

function errorsFor(input: Record<string, unknown>) {
  const result = validateConsultation(input, context)
  if (result.ok) throw new Error('expected validation to fail')
  return result.errors
}

describe('validateConsultation: good input', () => {
  it('accepts a complete request and normalises it', () => {
    const result = validateConsultation({ ...valid, name: '  Alex   Rivera ' }, context)
    expect(result).toEqual({
      ok: true,
      data: {
        name: 'Alex Rivera',
        phone: '+12125550123',
        email: 'Alex@example.com',
        slotStart: new Date('2026-06-11T14:00:00.000Z'),
        timeZone: 'America/Chicago',
        treatment: 'ketamine-iv-therapy',
        consent: true,
        idempotencyKey: valid.idempotencyKey,
      },
    })
  })

  it('treats blank optional fields as absent', () => {
    const result = validateConsultation({ ...valid, email: '  ', treatment: '', idempotencyKey: '' }, context)
    expect(result.ok && result.data.email).toBeUndefined()
    expect(result.ok && result.data.treatment).toBeUndefined()
    expect(result.ok && result.data.idempotencyKey).toBeUndefined()
  })

  it.each([
    ["Siobhán O'Connor-Nakamura", "Siobhán O'Connor-Nakamura"],
    ['Dr. J. R. Smith, Jr.', 'Dr. J. R. Smith, Jr.'],
    ['张伟', '张伟'],
    ['Zoe\u0301', 'Zoé'], // decomposed accent is stored composed (NFC)
  ])('accepts the name %s', (name, stored) => {
    const result = validateConsultation({ ...valid, name }, context)
    expect(result.ok && result.data.name).toBe(stored)
  })

  it.each([
    ['+1 212 555 0123', '+12125550123'],
    ['212.555.0123', '+12125550123'],
    ['+44 20 7946 0958', '+442079460958'],
  ])('normalises the phone number %s to E.164', (phone, e164) => {
    const result = validateConsultation({ ...valid, phone }, context)
    expect(result.ok && result.data.phone).toBe(e164)
  })

  it('ignores unknown keys instead of storing them', () => {
    const result = validateConsultation({ ...valid, diagnosis: 'secret' }, context)
    expect(result.ok && 'diagnosis' in result.data).toBe(false)
  })
})

describe('validateConsultation: bad input', () => {
  it('reports every missing required field at once', () => {
    expect(errorsFor({})).toEqual({
      name: [MESSAGES.nameRequired],
      phone: [MESSAGES.phoneRequired],
      slotStart: [MESSAGES.slotRequired],
      timeZone: [MESSAGES.timeZoneInvalid],
      consent: [MESSAGES.consentRequired],
    })
  })

  it.each([
    ['empty', '', MESSAGES.nameRequired],
    ['blank', '   ', MESSAGES.nameRequired],
    ['too long', 'a'.repeat(LIMITS.name + 1), MESSAGES.nameTooLong],
    ['far too long', 'a'.repeat(100_000), MESSAGES.nameTooLong],
    ['a script tag', '<script>alert(1)</script>', MESSAGES.nameCharacters],
    ['markup', 'Alex <b>Rivera</b>', MESSAGES.nameCharacters],
    ['an emoji', 'Alex 😊', MESSAGES.nameCharacters],
    ['a control character', 'Alex\u0000Rivera', MESSAGES.nameCharacters],
    ['not a string', 42, MESSAGES.nameRequired],
  ])('rejects a name that is %s', (_label, name, message) => {
    expect(errorsFor({ ...valid, name }).name).toEqual([message])
  })

  it.each([
    ['555-0123', MESSAGES.phoneInvalid], // no area code
    ['12345', MESSAGES.phoneInvalid],
    ['call me maybe', MESSAGES.phoneInvalid],
    ['+1 (212) 555-01234', MESSAGES.phoneInvalid],
    ['<script>', MESSAGES.phoneInvalid],
    ['📞 212 555 0123', MESSAGES.phoneInvalid],
    ['1'.repeat(LIMITS.phone + 1), MESSAGES.phoneInvalid],
    ['', MESSAGES.phoneRequired],
  ])('rejects the phone number %s', (phone, message) => {
    expect(errorsFor({ ...valid, phone }).phone).toEqual([message])
  })

  it.each(['not-an-email', 'a@b', `${'a'.repeat(250)}@example.com`, '<script>@x.com', 'x😊@example.com'])(
    'rejects the e-mail address %s',
    (email) => {
      expect(errorsFor({ ...valid, email }).email).toEqual([MESSAGES.emailInvalid])
    },
  )

  it.each([
    ['a past slot', '2026-06-10T13:00:00Z', MESSAGES.slotPast],
    ['a slot inside the lead time', '2026-06-10T15:00:00Z', MESSAGES.slotTooSoon],
    ['a slot outside opening hours', '2026-06-11T23:00:00Z', MESSAGES.slotNotOffered],
    ['a slot on a closed day', '2026-06-13T14:00:00Z', MESSAGES.slotNotOffered],
    ['a slot off the 15-minute grid', '2026-06-11T14:07:00Z', MESSAGES.slotNotOffered],
    ['a slot beyond the horizon', '2026-07-30T14:00:00Z', MESSAGES.slotTooFar],
    ['a date without a time', '2026-06-11', MESSAGES.slotNotOffered],
    ['a time without a zone', '2026-06-11T14:00:00', MESSAGES.slotNotOffered],
    ['nonsense', 'tomorrow at ten', MESSAGES.slotNotOffered],
  ])('rejects %s', (_label, slotStart, message) => {
    expect(errorsFor({ ...valid, slotStart }).slotStart).toEqual([message])
  })

  it.each(['Mars/Olympus_Mons', 'EST5EDT; DROP TABLE', 'x'.repeat(65)])('rejects the time zone %s', (timeZone) => {
    expect(errorsFor({ ...valid, timeZone }).timeZone).toEqual([MESSAGES.timeZoneInvalid])
  })

  it('rejects a treatment that is not in the CMS', () => {
    expect(errorsFor({ ...valid, treatment: 'electroconvulsive-therapy' }).treatment).toEqual([
      MESSAGES.treatmentUnknown,
    ])
  })

  it.each([false, 'true', 'yes', 1, undefined])('requires consent to be exactly true (not %p)', (consent) => {
    expect(errorsFor({ ...valid, consent }).consent).toEqual([MESSAGES.consentRequired])
  })

  it.each(['short', 'has spaces in it', 'x'.repeat(101)])('rejects the idempotency key %s', (idempotencyKey) => {
    expect(errorsFor({ ...valid, idempotencyKey }).idempotencyKey).toEqual([MESSAGES.idempotencyKeyInvalid])
  })

  it.each([null, [], 'name=Alex', 42])('rejects a body that is not an object: %p', (body) => {
    const result = validateConsultation(body, context)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors._form).toHaveLength(1)
  })
})

describe('formDataToInput', () => {
  it('maps the form to the JSON shape, consent checkbox included', () => {
    const form = new FormData()
    form.set('name', 'Alex')
    form.set('consent', 'yes')
    form.set('website', 'spam')
    expect(formDataToInput(form)).toMatchObject({ name: 'Alex', consent: true, phone: undefined })
    expect(formDataToInput(new FormData()).consent).toBe(false)
  })
})

/**
 * The booking form's messages in Spanish (issue 14): the same schema, built for the patient's
 * language, answers every rule in it; English stays the default and unchanged.
 */
import { en } from '@/lib/i18n/messages/en'
import { es } from '@/lib/i18n/messages/es'
import { checkSlotStart, type SlotSettings } from '@/lib/consultations/shared/slots'
import {
  MESSAGES,
  bookingErrors,
  formDataToInput,
  requestLanguage,
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

const spanish: ValidationContext = {
  treatmentSlugs: ['ketamine-iv-therapy'],
  checkSlot: (start) => checkSlotStart(settings, now, start),
  locale: 'es',
}

function errorsFor(input: Record<string, unknown>, context: ValidationContext = spanish) {
  const result = validateConsultation(input, context)
  if (result.ok) throw new Error('expected validation to fail')
  return result.errors
}

describe('validateConsultation in Spanish', () => {
  it('answers an empty form in Spanish, field by field', () => {
    expect(errorsFor({})).toEqual({
      name: ['Escriba su nombre.'],
      phone: ['Escriba un número de teléfono al que podamos llamarle.'],
      slotStart: ['Elija una hora para su llamada.'],
      timeZone: ['Elija una zona horaria válida.'],
      consent: ['Marque la casilla para que podamos llamarle por su consulta.'],
    })
  })

  it('answers bad values in Spanish', () => {
    const errors = errorsFor({
      name: '<script>',
      phone: '12',
      email: 'no-at-sign',
      slotStart: '2026-06-10T13:00:00Z', // before now
      timeZone: 'Mars/Olympus',
      treatment: 'unknown',
      consent: true,
      idempotencyKey: 'x',
    })
    expect(errors).toEqual({
      name: [es.booking.errors.nameCharacters],
      phone: ['Escriba un número de teléfono válido, con el código de área.'],
      email: ['Escriba un correo electrónico válido o deje el campo vacío.'],
      slotStart: ['Esa hora ya pasó. Elija otra, por favor.'],
      timeZone: ['Elija una zona horaria válida.'],
      treatment: ['Elija un tratamiento de la lista o deje el campo vacío.'],
      idempotencyKey: [es.booking.errors.idempotencyKeyInvalid],
    })
  })

  it('refuses a time that is not offered, too soon or too far, in Spanish', () => {
    const base = { name: 'Ana', phone: '212-555-0123', timeZone: 'America/Chicago', consent: true }
    expect(errorsFor({ ...base, slotStart: '2026-06-10T14:30:00Z' }).slotStart).toEqual([es.booking.errors.slotTooSoon])
    expect(errorsFor({ ...base, slotStart: '2026-08-10T14:00:00Z' }).slotStart).toEqual([es.booking.errors.slotTooFar])
    expect(errorsFor({ ...base, slotStart: 'mañana' }).slotStart).toEqual(['Elija uno de los horarios ofrecidos.'])
  })

  it('says a non-object request is not JSON, in Spanish', () => {
    expect(errorsFor([] as unknown as Record<string, unknown>)).toEqual({
      _form: ['Envíe la solicitud como un objeto JSON.'],
    })
  })

  it('has no English left in any Spanish message', () => {
    const spanishMessages = Object.values(es.booking.errors).map((message) =>
      typeof message === 'function' ? message('(503) 555-0100') : message,
    )
    for (const message of spanishMessages) expect(message).not.toMatch(/\bPlease\b|\bchoose\b|\benter\b/i)
    expect(bookingErrors('es').couldNotSave('(503) 555-0100')).toBe(
      'No pudimos guardar su solicitud. Inténtelo de nuevo en unos minutos o llámenos al (503) 555-0100.',
    )
  })
})

describe('English stays the default', () => {
  it('answers in English without a locale, with the same words as before', () => {
    const { locale: _spanish, ...english } = spanish
    expect(errorsFor({}, english).name).toEqual(['Please enter your name.'])
    expect(MESSAGES).toBe(en.booking.errors)
    expect(MESSAGES.nameTooLong).toBe('Please keep your name under 101 characters.')
  })
})

describe('requestLanguage', () => {
  it('reads the language field: absent is English, en and es are taken, anything else is refused', () => {
    expect(requestLanguage({})).toEqual({ ok: true, locale: 'en' })
    expect(requestLanguage({ language: 'es' })).toEqual({ ok: true, locale: 'es' })
    expect(requestLanguage({ language: 'en' })).toEqual({ ok: true, locale: 'en' })
    expect(requestLanguage({ language: 'fr' }).ok).toBe(false)
    expect(requestLanguage({ language: 'Español' }).ok).toBe(false)
    expect(requestLanguage(null)).toEqual({ ok: true, locale: 'en' })
  })

  it('comes with the form as a hidden field', () => {
    const form = new FormData()
    form.set('language', 'es')
    expect(formDataToInput(form).language).toBe('es')
  })
})

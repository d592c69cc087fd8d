/**
 * What the e-mails say, and what they must not: treatment, symptoms, or the patient's name
 * and phone in the care team's mail. The calendar file is parsed back with ical.js.
 */
import ICAL from 'ical.js'
import { CALL_EVENT_TITLE, callInvite } from '@/lib/mail/ics'
import { clinicCancelled, clinicNewRequest, patientConfirmation, type ClinicInfo } from '@/lib/mail/messages'

const clinic: ClinicInfo = {
  clinicName: 'Stillwater Ketamine & Wellness',
  phone: { e164: '+15035550100', display: '(503) 555-0100' },
  email: 'care@clinic.example',
  timeZone: 'America/Los_Angeles',
}

const booking = {
  id: '0b0c5b0e-7d3a-4f57-9a52-3f7f0f1f2a10',
  reference: 'K7M2P9QX4T',
  slotStart: new Date('2030-03-12T17:00:00Z'),
  slotEnd: new Date('2030-03-12T17:15:00Z'),
  timeZone: 'America/New_York',
  email: 'alex@example.com',
  language: 'en' as const,
}

const FORBIDDEN = [/ketamine/i, /\bKAP\b/, /depress/i, /therapy/i, /Alex/, /\+1212/]

describe('patient confirmation', () => {
  const message = patientConfirmation(
    booking,
    clinic,
    'https://clinic.example/consultation/cancel?token=abc.def',
    new Date('2030-03-01T00:00:00Z'),
  )

  it('goes to the patient with a neutral subject', () => {
    expect(message.to).toBe('alex@example.com')
    expect(message.subject).toBe('Your phone call is booked')
    for (const pattern of FORBIDDEN) expect(message.subject).not.toMatch(pattern)
  })

  it("gives the time in the patient's zone, the clinic phone, the cancel link and crisis numbers", () => {
    expect(message.text).toContain('Tuesday, March 12, 2030 at 1:00 PM Eastern Daylight Time')
    expect(message.text).toContain('(503) 555-0100')
    expect(message.text).toContain('https://clinic.example/consultation/cancel?token=abc.def')
    expect(message.text).toMatch(/988/)
  })

  it('says nothing about treatments, not even through the clinic name', () => {
    for (const pattern of FORBIDDEN) expect(message.text).not.toMatch(pattern)
    expect(message.text).not.toContain(clinic.clinicName)
    expect(message.text).toMatch(/The care team$/)
  })

  it('tells the patient to phone when there is no cancel link', () => {
    const noLink = patientConfirmation(booking, clinic, null, new Date())
    expect(noLink.text).not.toContain('cancel here')
    expect(noLink.text).toContain('phone us on (503) 555-0100')
  })

  it('attaches a valid iCalendar file in UTC with a neutral title', () => {
    const attachment = message.attachments?.[0]
    expect(attachment?.filename).toBe('phone-call.ics')
    expect(attachment?.contentType).toMatch(/^text\/calendar/)
    const text = attachment?.content ?? ''
    const calendar = new ICAL.Component(ICAL.parse(text))
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    const events = calendar.getAllSubcomponents('vevent')
    expect(events).toHaveLength(1)
    const event = new ICAL.Event(events[0])
    expect(event.summary).toBe(CALL_EVENT_TITLE)
    expect(event.uid).toBe(`booking-${booking.id}@clinic-site`)
    expect(event.startDate.toJSDate().toISOString()).toBe('2030-03-12T17:00:00.000Z')
    expect(event.endDate.toJSDate().toISOString()).toBe('2030-03-12T17:15:00.000Z')
    // UTC times ("Z"), not floating or zoned ones.
    expect(text).toMatch(/DTSTART:20300312T170000Z/)
    for (const pattern of FORBIDDEN) expect(text).not.toMatch(pattern)
  })
})

describe('care-team messages', () => {
  it('announce a request with time and reference, but no name, phone or treatment', () => {
    const message = clinicNewRequest(
      { ...booking, email: null },
      clinic,
      'intake@clinic.example',
      'https://clinic.example/staff',
    )
    expect(message.to).toBe('intake@clinic.example')
    expect(message.subject).toBe('New consultation request K7M2P9QX4T')
    expect(message.text).toContain('Tuesday, March 12, 2030 at 10:00 AM Pacific Daylight Time')
    expect(message.text).toContain('https://clinic.example/staff')
    expect(message.text).toContain('Language: English')
    for (const pattern of FORBIDDEN) expect(`${message.subject}\n${message.text}`).not.toMatch(pattern)
  })

  it('announce a cancellation', () => {
    const message = clinicCancelled(booking, clinic, 'intake@clinic.example', 'https://clinic.example/staff')
    expect(message.subject).toMatch(/cancelled/)
    expect(message.text).toContain('K7M2P9QX4T')
  })
})

describe('patient confirmation in Spanish', () => {
  const spanish = { ...booking, language: 'es' as const }
  const message = patientConfirmation(
    spanish,
    clinic,
    'https://clinic.example/es/consulta/cancelar?token=abc.def',
    new Date('2030-03-01T00:00:00Z'),
  )

  it('has a Spanish subject, body, date and sign-off', () => {
    expect(message.subject).toBe('Su llamada telefónica está reservada')
    expect(message.text).toMatch(/^Hola:/)
    expect(message.text).toContain('Su llamada telefónica gratuita está reservada para:')
    // Intl's Spanish (es-US): weekday and month in lower case, 12-hour clock.
    expect(message.text).toMatch(/martes, 12 de marzo de 2030 a las 1:00\sp\.\s?m\. hora de verano oriental/)
    expect(message.text).toContain('Le llamaremos desde el (503) 555-0100. Su número de referencia es K7M2P9QX4T.')
    expect(message.text).toContain('cancele aquí: https://clinic.example/es/consulta/cancelar?token=abc.def')
    expect(message.text).toMatch(/El equipo de atención$/)
    expect(message.text).not.toMatch(/\b(Hello|booked|phone us)\b/)
  })

  it('gives the Spanish crisis line: 988, press 2, or text AYUDA', () => {
    expect(message.text).toContain('llame al 988 y marque 2')
    expect(message.text).toContain('AYUDA')
    expect(message.text).toContain('911')
  })

  it('says nothing about treatments', () => {
    for (const pattern of [...FORBIDDEN, /terapia/i, /depresi/i]) {
      expect(`${message.subject}\n${message.text}`).not.toMatch(pattern)
    }
  })

  it('tells the patient to phone, in Spanish, when there is no cancel link', () => {
    const noLink = patientConfirmation(spanish, clinic, null, new Date())
    expect(noLink.text).toContain('Si la hora ya no le conviene, llámenos al (503) 555-0100.')
  })

  it('attaches a calendar file with a Spanish title and description', () => {
    const attachment = message.attachments?.[0]
    expect(attachment?.filename).toBe('llamada-telefonica.ics')
    const vevent = new ICAL.Component(ICAL.parse(attachment?.content ?? '')).getFirstSubcomponent('vevent')
    if (!vevent) throw new Error('no VEVENT in the calendar')
    const event = new ICAL.Event(vevent)
    expect(event.summary).toBe('Llamada telefónica')
    expect(event.description).toBe('Le llamaremos desde el (503) 555-0100.')
    expect(event.startDate.toJSDate().toISOString()).toBe('2030-03-12T17:00:00.000Z')
  })

  it("tells the care team, in English, that the patient's language is Spanish", () => {
    const notice = clinicNewRequest(spanish, clinic, 'intake@clinic.example', 'https://clinic.example/staff')
    expect(notice.subject).toBe('New consultation request K7M2P9QX4T')
    expect(notice.text).toContain('Language: Spanish (please call back in this language)')
    expect(notice.text).toContain('Tuesday, March 12, 2030 at 10:00 AM Pacific Daylight Time')
  })
})

describe('callInvite', () => {
  it('parses back to the same instants whatever zone the test runs in', () => {
    const ics = callInvite({
      uid: 'x@y',
      start: new Date('2030-11-03T06:30:00Z'),
      end: new Date('2030-11-03T06:45:00Z'),
      phoneDisplay: '555',
      stamp: new Date('2030-01-01T00:00:00Z'),
    })
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')
    if (!vevent) throw new Error('no VEVENT in the calendar')
    const event = new ICAL.Event(vevent)
    expect(event.startDate.toJSDate().getTime()).toBe(Date.parse('2030-11-03T06:30:00Z'))
    expect(event.duration.toSeconds()).toBe(15 * 60)
  })
})

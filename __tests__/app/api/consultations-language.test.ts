/**
 * The patient's language through the booking API (issue 14): `language` is optional ('en' by
 * default), anything else is a 400, errors come back in the language asked for, and the stored
 * request keeps it. Real handlers and a real database (PGlite, and PostgreSQL when DATABASE_URL
 * is set); only the clock and the clinic settings are fixed.
 */
import { databaseTargets } from '../../helpers/database-targets'
import type { Db } from '@/lib/consultations/server/db'
import { handleCreateRequest } from '@/lib/consultations/server/http'
import { migrate } from '@/lib/consultations/server/migrate'
import type { BookingContext, BookingDeps } from '@/lib/consultations/server/service'
import { createBookingStore } from '@/lib/consultations/server/store'
import { exportRequests, listRequests } from '@/lib/staff/inbox'
import { toCsv } from '@/lib/staff/csv'
import { createMemoryRateLimiter } from '@/lib/rate-limit/rate-limiter'
import { createSerialQueue } from '@/lib/rate-limit/serial-queue'

jest.setTimeout(60_000)

const context: BookingContext = {
  settings: {
    timeZone: 'America/New_York',
    openingHours: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((day) => ({
      day: day as BookingContext['settings']['openingHours'][number]['day'],
      opens: '09:00',
      closes: '17:00',
    })),
    consultation: { slotMinutes: 15, leadTimeHours: 2, horizonDays: 21, bufferMinutes: 0 },
    address: { country: 'US' },
  },
  treatmentSlugs: ['ketamine-iv-therapy'],
}
const NOW = new Date('2026-06-10T12:00:00Z') // Wednesday 08:00 in New York
const ACTOR = { accountId: null, name: 'Test', sessionId: null }

describe.each(databaseTargets('booking_language_test'))('booking language on $name', (target) => {
  let db: Db
  let deps: BookingDeps
  let counter = 0

  beforeAll(async () => {
    db = await target.open()
    await migrate(db)
  })
  beforeEach(() => {
    deps = {
      store: createBookingStore(db),
      limiter: createMemoryRateLimiter({ max: 50, windowMs: 600_000 }),
      slotsLimiter: createMemoryRateLimiter({ max: 1000, windowMs: 60_000 }),
      contactLimiter: createMemoryRateLimiter({ max: 50, windowMs: 86_400_000 }),
      queue: createSerialQueue(),
      loadContext: async () => context,
      now: () => NOW,
    }
  })
  afterAll(async () => {
    await db?.close()
    await target.dispose()
  })

  const post = async (body: unknown) => {
    const response = await handleCreateRequest(
      new Request('http://clinic.test/api/consultations', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
      `client-${(counter += 1)}`,
      deps,
    )
    return { status: response.status, body: (await response.json()) as { reference?: string; errors?: object } }
  }
  // Thursday 11 June, 10:00 + n quarter hours in New York: every test books a time of its own.
  const slot = (n: number) => new Date(Date.parse('2026-06-11T14:00:00Z') + n * 15 * 60_000).toISOString()
  const valid = (n: number, extra: Record<string, unknown> = {}) => ({
    name: 'Alex Rivera',
    phone: '212-555-0123',
    slotStart: slot(n),
    timeZone: 'America/Chicago',
    consent: true,
    ...extra,
  })
  const storedLanguage = async (reference: string | undefined) => {
    const { rows } = await db.query<{ language: string }>('SELECT language FROM bookings WHERE reference = $1', [
      reference,
    ])
    return rows[0]?.language
  }

  it('stores English when no language is given', async () => {
    const { status, body } = await post(valid(0))
    expect(status).toBe(201)
    expect(await storedLanguage(body.reference)).toBe('en')
  })

  it('stores Spanish when asked, and the inbox and the CSV export show it', async () => {
    const { status, body } = await post(valid(1, { language: 'es' }))
    expect(status).toBe(201)
    expect(await storedLanguage(body.reference)).toBe('es')

    const upcoming = await listRequests(db, ACTOR, 'upcoming', NOW)
    expect(upcoming.find((row) => row.reference === body.reference)?.language).toBe('es')
    const csv = toCsv(await exportRequests(db, ACTOR))
    const [header, ...lines] = csv.trimEnd().split('\r\n')
    expect(header).toMatch(/,preferred_language$/)
    expect(lines.find((line) => line.startsWith(`${body.reference ?? '?'},`))).toMatch(/,Spanish$/)
  })

  it.each([['fr'], ['ES'], [''], [1], [['es']]])(
    'refuses language %p with a 400 naming the field',
    async (language) => {
      const { status, body } = await post(valid(2, { language }))
      expect(status).toBe(400)
      expect(body.errors).toEqual({ language: ["Use 'en' or 'es' for language, or leave it out for English."] })
    },
  )

  it('answers validation errors in Spanish when the request is in Spanish', async () => {
    const { status, body } = await post({ language: 'es', phone: 'abc', consent: false })
    expect(status).toBe(400)
    expect(body.errors).toMatchObject({
      name: ['Escriba su nombre.'],
      phone: ['Escriba un número de teléfono válido, con el código de área.'],
      slotStart: ['Elija una hora para su llamada.'],
      consent: ['Marque la casilla para que podamos llamarle por su consulta.'],
    })
  })

  it('answers validation errors in English by default', async () => {
    const { status, body } = await post({ phone: 'abc' })
    expect(status).toBe(400)
    expect(body.errors).toMatchObject({ name: ['Please enter your name.'] })
  })

  it('says a time was just taken in Spanish', async () => {
    expect((await post(valid(3))).status).toBe(201)
    const { status, body } = await post(valid(3, { language: 'es', phone: '212-555-0188' }))
    expect(status).toBe(409)
    expect(body.errors).toEqual({ slotStart: ['Alguien acaba de reservar esa hora. Elija otra, por favor.'] })
  })

  describe('migration 0004 (bookings.language)', () => {
    const insert = (language: string | null) =>
      db.query(
        `INSERT INTO bookings (reference, slot_start, slot_end, hold_end, name, phone, time_zone, consent_at${
          language === null ? '' : ', language'
        })
         VALUES ($1, $2, $3, $3, 'Alex', '+12125550123', 'America/New_York', now()${language === null ? '' : ', $4'})
         RETURNING language`,
        language === null
          ? ['MIGRATE001', '2026-07-01T14:00:00Z', '2026-07-01T14:15:00Z']
          : ['MIGRATE002', '2026-07-01T15:00:00Z', '2026-07-01T15:15:00Z', language],
      )

    it('defaults to en for rows written without a language (every request before it)', async () => {
      const { rows } = await insert(null)
      expect(rows[0]).toEqual({ language: 'en' })
    })

    it('refuses a language the site does not have', async () => {
      await expect(insert('fr')).rejects.toThrow(/bookings_language_check/)
    })

    it('is recorded as applied', async () => {
      const { rows } = await db.query<{ version: string }>(
        "SELECT version FROM schema_migrations WHERE version = '0004_booking_language'",
      )
      expect(rows).toHaveLength(1)
    })
  })
})

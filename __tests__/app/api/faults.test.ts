/**
 * Faults: the booking database down or failing half-way, and the hosted content API answering
 * 500 (its client is mocked: no network here). What a patient sees must stay honest and
 * nothing may be half-stored or cached as empty.
 */
import { createPgliteDb, createPostgresDb, type Db } from '@/lib/consultations/server/db'
import { couldNotSaveMessage } from '@/lib/consultations/shared/form-fields'
import { handleCreateRequest } from '@/lib/consultations/server/http'
import { migrate } from '@/lib/consultations/server/migrate'
import type { BookingContext, BookingDeps } from '@/lib/consultations/server/service'
import { createBookingStore } from '@/lib/consultations/server/store'
import { fetchList, fetchOne } from '@/lib/content/fetch'
import { createSanityFetcher } from '@/lib/content/sanity-source'
import { treatmentSummarySchema } from '@/lib/content/schemas'
import { createMemoryRateLimiter } from '@/lib/rate-limit/rate-limiter'
import { createSerialQueue } from '@/lib/rate-limit/serial-queue'

jest.setTimeout(60_000)

const context: BookingContext = {
  settings: {
    timeZone: 'America/New_York',
    openingHours: [{ day: 'thursday', opens: '09:00', closes: '17:00' }],
    consultation: { slotMinutes: 15, leadTimeHours: 2, horizonDays: 21, bufferMinutes: 0 },
    address: { country: 'US' },
  },
  treatmentSlugs: ['ketamine-iv-therapy'],
}
const NOW = new Date('2026-06-10T12:00:00Z')
const SLOT = '2026-06-11T14:00:00.000Z' // Thursday 10:00 in New York

const depsFor = (db: Db): BookingDeps => ({
  store: createBookingStore(db),
  limiter: createMemoryRateLimiter({ max: 5, windowMs: 600_000 }),
  slotsLimiter: createMemoryRateLimiter({ max: 60, windowMs: 60_000 }),
  contactLimiter: createMemoryRateLimiter({ max: 3, windowMs: 86_400_000 }),
  queue: createSerialQueue(),
  loadContext: async () => context,
  now: () => NOW,
})

const post = (deps: BookingDeps) =>
  handleCreateRequest(
    new Request('http://clinic.test/api/consultations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Alex Rivera',
        phone: '212-555-0123',
        slotStart: SLOT,
        timeZone: 'America/New_York',
        consent: true,
      }),
    }),
    'client-1',
    deps,
  )

describe('booking database down', () => {
  it('answers 500 with "could not save ... call us", never a stack or SQL', async () => {
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    const db = await createPostgresDb('postgres://nobody@127.0.0.1:1/none')
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const response = await post(depsFor(db))
      expect(response.status).toBe(500)
      expect(response.headers.get('cache-control')).toContain('no-store')
      const body = (await response.json()) as { errors: { _form: string[] } }
      expect(body.errors._form.join(' ')).toMatch(/could not save your request.*call us/i)
      expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|Alex|212/)
    } finally {
      errors.mockRestore()
      await db.close()
    }
  })
})

describe('the message when a booking could not be saved', () => {
  it('gives the clinic’s number when the form has it, and still says to call without it', () => {
    expect(couldNotSaveMessage('(503) 555-0147')).toBe(
      'We could not save your request. Please try again in a few minutes, or call us on (503) 555-0147.',
    )
    expect(couldNotSaveMessage(null)).toMatch(/could not save your request.*or call us\.$/)
  })
})

describe('booking database failing half-way', () => {
  const vmModules = `${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`.includes(
    '--experimental-vm-modules',
  )
  const maybe = vmModules ? it : it.skip

  maybe('a failure after the booking row is written leaves no booking behind', async () => {
    const db = await createPgliteDb()
    await migrate(db)
    // The care-team notification is written in the same statement; make that part fail.
    await db.query(`CREATE FUNCTION fail_notification() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'disk full (simulated)'; END $$`)
    await db.query(
      'CREATE TRIGGER fail_notification BEFORE INSERT ON booking_notifications FOR EACH ROW EXECUTE FUNCTION fail_notification()',
    )
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const response = await post(depsFor(db))
      expect(response.status).toBe(500)
      const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM bookings')
      expect(rows[0]?.n).toBe(0)

      // Once the fault is gone the same slot books normally: nothing was left holding it.
      await db.query('DROP TRIGGER fail_notification ON booking_notifications')
      expect((await post(depsFor(db))).status).toBe(201)
    } finally {
      errors.mockRestore()
      await db.close()
    }
  })
})

describe('hosted Sanity API answering 500 (client mocked)', () => {
  const failing = {
    fetch: jest.fn(() => Promise.reject(Object.assign(new Error('Internal Server Error'), { statusCode: 500 }))),
  }

  it('a listing read fails loudly instead of returning an empty list Next would cache', async () => {
    await expect(
      fetchList(
        { query: '*[_type == "treatment"]', tags: ['treatment'], schema: treatmentSummarySchema },
        createSanityFetcher(failing),
      ),
    ).rejects.toThrow('Internal Server Error')
  })

  it('a document read fails loudly instead of turning into a cached 404', async () => {
    await expect(
      fetchOne(
        { query: '*[_id == $id][0]', params: { id: 'x' }, tags: ['treatment'], schema: treatmentSummarySchema },
        createSanityFetcher(failing),
      ),
    ).rejects.toThrow('Internal Server Error')
  })
})

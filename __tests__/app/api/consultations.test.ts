/**
 * The booking JSON API end to end below HTTP: real handlers, real validation, a real
 * (in-memory PGlite, or PostgreSQL when DATABASE_URL is set) database; only the clock,
 * the clinic settings and the treatment list are fixed.
 */
import { Pool } from 'pg'
import { createPgliteDb, createPostgresDb, type Db } from '@/lib/consultations/server/db'
import {
  handleCreateRequest,
  handleSlotsRequest,
  MAX_BODY_BYTES,
  SLOTS_LIMIT_MESSAGE,
} from '@/lib/consultations/server/http'
import { migrate } from '@/lib/consultations/server/migrate'
import type { BookingContext, BookingDeps } from '@/lib/consultations/server/service'
import { createBookingStore } from '@/lib/consultations/server/store'
import { contactLimitMessage } from '@/lib/consultations/shared/form-fields'
import { MESSAGES } from '@/lib/consultations/shared/validation'
import { createMemoryRateLimiter } from '@/lib/rate-limit/rate-limiter'
import { createSerialQueue } from '@/lib/rate-limit/serial-queue'

jest.setTimeout(60_000)

const vmModules = `${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`.includes(
  '--experimental-vm-modules',
)
const databaseUrl = process.env.DATABASE_URL

interface Target {
  name: string
  open(): Promise<Db>
  dispose(): Promise<void>
}

const targets: Target[] = [
  {
    name: 'PGlite',
    open: () => {
      if (!vmModules) throw new Error('Run jest with NODE_OPTIONS=--experimental-vm-modules so PGlite can start')
      return createPgliteDb()
    },
    dispose: async () => undefined,
  },
]
if (databaseUrl) {
  const schema = `bookings_api_test_${process.pid}_${Date.now()}`
  const admin = new Pool({ connectionString: databaseUrl, max: 1 })
  targets.push({
    name: 'PostgreSQL',
    open: async () => {
      await admin.query(`CREATE SCHEMA ${schema}`)
      return createPostgresDb(databaseUrl, { schema, maxConnections: 20 })
    },
    dispose: async () => {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      await admin.end()
    },
  })
}

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
  treatmentSlugs: ['ketamine-iv-therapy', 'ketamine-assisted-psychotherapy'],
}
const NOW = new Date('2026-06-10T12:00:00Z') // Wednesday 08:00 in New York
const DAY_MS = 24 * 60 * 60 * 1000

describe.each(targets)('booking API on $name', (target) => {
  let db: Db
  let deps: BookingDeps
  let clientCounter = 0
  /** A fresh client per test unless a test is about one client. */
  const client = () => `client-${(clientCounter += 1)}`

  beforeAll(async () => {
    db = await target.open()
    await migrate(db)
  })
  beforeEach(() => {
    deps = {
      store: createBookingStore(db),
      limiter: createMemoryRateLimiter({ max: 5, windowMs: 600_000 }),
      slotsLimiter: createMemoryRateLimiter({ max: 1000, windowMs: 60_000 }),
      contactLimiter: createMemoryRateLimiter({ max: 3, windowMs: DAY_MS }),
      queue: createSerialQueue(),
      loadContext: async () => context,
      now: () => NOW,
    }
  })
  afterAll(async () => {
    await db?.close()
    await target.dispose()
  })

  const slotsRequest = (query: string, clientKey = 'slots-client') =>
    handleSlotsRequest(new Request(`http://clinic.test/api/consultation-slots?${query}`), clientKey, deps)

  const getSlots = async (query: string) => {
    const response = await slotsRequest(query)
    return { response, body: (await response.json()) as { timeZone: string; slots: { start: string; end: string }[] } }
  }

  const post = (body: unknown, clientKey = client(), headers: Record<string, string> = {}) =>
    handleCreateRequest(
      new Request('http://clinic.test/api/consultations', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
      clientKey,
      deps,
    )

  const request = (slotStart: string, extra: Record<string, unknown> = {}) => ({
    name: 'Alex Rivera',
    phone: '212-555-0123',
    slotStart,
    timeZone: 'America/Chicago',
    consent: true,
    ...extra,
  })

  describe('GET /api/consultation-slots', () => {
    it('answers the documented shape, uncached, in UTC', async () => {
      const { response, body } = await getSlots('from=2026-06-11&days=1&tz=America/New_York')
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toContain('no-store')
      expect(body.timeZone).toBe('America/New_York')
      expect(body.slots).toHaveLength(32)
      expect(body.slots[0]).toEqual({ start: '2026-06-11T13:00:00.000Z', end: '2026-06-11T13:15:00.000Z' })
    })

    it('defaults to seven days from today in the clinic zone, after the lead time', async () => {
      const { body } = await getSlots('')
      expect(body.timeZone).toBe('America/New_York')
      expect(body.slots[0]?.start).toBe('2026-06-10T14:00:00.000Z') // 10:00, two hours after 08:00
      // Wed (28 after lead time) + Thu + Fri + Mon + Tue (32 each); the weekend is closed.
      expect(body.slots).toHaveLength(28 + 4 * 32)
    })

    it('cuts days at midnight in the requested zone', async () => {
      const { body } = await getSlots('from=2026-06-11&days=1&tz=Asia/Tokyo')
      expect(body.timeZone).toBe('Asia/Tokyo')
      // 11 June in Tokyo = 10 June 11:00 to 11 June 11:00 in New York.
      expect(body.slots[0]?.start).toBe('2026-06-10T15:00:00.000Z')
      expect(body.slots.at(-1)?.start).toBe('2026-06-11T14:45:00.000Z')
    })

    it('answers in the canonical zone, however the zone is spelled', async () => {
      const { response, body } = await getSlots('from=2026-06-11&days=1&tz=america%2FNEW_york')
      expect(response.status).toBe(200)
      expect(body.timeZone).toBe('America/New_York')
      expect(body.slots).toHaveLength(32)
    })

    it('answers 429 with Retry-After and a JSON error once a client has asked too often', async () => {
      deps.slotsLimiter = createMemoryRateLimiter({ max: 2, windowMs: 60_000 })
      expect((await slotsRequest('days=1', 'eager')).status).toBe(200)
      expect((await slotsRequest('days=1', 'eager')).status).toBe(200)
      const limited = await slotsRequest('days=1', 'eager')
      expect(limited.status).toBe(429)
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(limited.headers.get('cache-control')).toContain('no-store')
      expect(await limited.json()).toEqual({ errors: { _form: [SLOTS_LIMIT_MESSAGE] } })
      // Another client is unaffected.
      expect((await slotsRequest('days=1', 'patient')).status).toBe(200)
    })

    it.each([
      ['from=2026-02-30', 'from'],
      ['from=tomorrow', 'from'],
      ['days=0', 'days'],
      ['days=500', 'days'],
      ['days=2.5', 'days'],
      ['tz=Not/AZone', 'tz'],
    ])('rejects %s with a 400 naming %s', async (query, field) => {
      const response = await slotsRequest(query)
      expect(response.status).toBe(400)
      expect(Object.keys(((await response.json()) as { errors: object }).errors)).toEqual([field])
    })
  })

  describe('POST /api/consultations', () => {
    it('books a slot: 201 with an opaque reference, and the slot leaves the list', async () => {
      const { body: before } = await getSlots('from=2026-06-12&days=1')
      const slot = before.slots[4]
      if (!slot) throw new Error('no slot')
      const response = await post(request(slot.start, { email: 'alex@example.com', treatment: 'ketamine-iv-therapy' }))
      expect(response.status).toBe(201)
      const body = (await response.json()) as { reference: string }
      expect(body).toEqual({ reference: expect.stringMatching(/^[0-9A-Z]{10}$/) })
      expect(JSON.stringify(body)).not.toMatch(/Alex|555/)
      const { body: after } = await getSlots('from=2026-06-12&days=1')
      expect(after.slots).toHaveLength(before.slots.length - 1)
      expect(after.slots.map((s) => s.start)).not.toContain(slot.start)
    })

    it('answers 400 with errors per field', async () => {
      const response = await post({
        name: '<script>x</script>',
        phone: '12',
        slotStart: '2026-06-13T14:00:00Z',
        consent: false,
      })
      expect(response.status).toBe(400)
      const body = (await response.json()) as { errors: Record<string, string[]> }
      expect(body.errors).toEqual({
        name: [MESSAGES.nameCharacters],
        phone: [MESSAGES.phoneInvalid],
        slotStart: [MESSAGES.slotNotOffered],
        timeZone: [MESSAGES.timeZoneInvalid],
        consent: [MESSAGES.consentRequired],
      })
    })

    it('answers 400 for a past slot and an unknown treatment', async () => {
      const response = await post(request('2026-06-09T14:00:00Z', { treatment: 'not-a-treatment' }))
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({
        errors: { slotStart: [MESSAGES.slotPast], treatment: [MESSAGES.treatmentUnknown] },
      })
    })

    it('answers 409 when the slot was just taken', async () => {
      const slotStart = '2026-06-15T14:00:00.000Z'
      expect((await post(request(slotStart))).status).toBe(201)
      const response = await post(request(slotStart, { phone: '(646) 555-0199' }))
      expect(response.status).toBe(409)
      expect(await response.json()).toEqual({ errors: { slotStart: [MESSAGES.slotTaken] } })
    })

    it('returns the first result for a retried request with the same idempotency key', async () => {
      const body = request('2026-06-15T15:00:00.000Z', { idempotencyKey: 'retry-key-0001' })
      const first = await post(body)
      const again = await post(body)
      expect(first.status).toBe(201)
      expect(again.status).toBe(201)
      expect(again.headers.get('idempotent-replayed')).toBe('true')
      expect(await again.json()).toEqual(await first.json())
    })

    it('turns 50 concurrent requests for one slot from 50 clients into one 201 and 49 clean 409s', async () => {
      const slotStart = '2026-06-16T14:00:00.000Z'
      const responses = await Promise.all(Array.from({ length: 50 }, () => post(request(slotStart))))
      const statuses = responses.map((r) => r.status)
      expect(statuses.filter((s) => s === 201)).toHaveLength(1)
      expect(statuses.filter((s) => s === 409)).toHaveLength(49)
      const { rows } = await db.query<{ count: number }>(
        'SELECT count(*)::int AS count FROM bookings WHERE slot_start = $1',
        [new Date(slotStart)],
      )
      expect(rows[0]?.count).toBe(1)
    })

    it('does the same for 50 concurrent requests from one client: 409s do not use up its limit', async () => {
      const slotStart = '2026-06-16T15:00:00.000Z'
      const one = client()
      const statuses = (await Promise.all(Array.from({ length: 50 }, () => post(request(slotStart), one)))).map(
        (r) => r.status,
      )
      expect(statuses.filter((s) => s === 201)).toHaveLength(1)
      expect(statuses.filter((s) => s === 409)).toHaveLength(49)
    })

    it('answers 429 with Retry-After once a client has used its limit', async () => {
      const one = client()
      const statuses: number[] = []
      for (let i = 0; i < 6; i += 1) statuses.push((await post({ name: '' }, one)).status)
      expect(statuses).toEqual([400, 400, 400, 400, 400, 429])
      const limited = await post(request('2026-06-17T14:00:00.000Z'), one)
      expect(limited.status).toBe(429)
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
      // Another client is unaffected.
      expect((await post(request('2026-06-17T14:00:00.000Z'))).status).toBe(201)
    })

    describe('per phone number and e-mail address', () => {
      /** Free slots of their own: Monday 22 June onwards, 10:00, 10:15, ... in New York. */
      let next = 0
      const freshSlot = () => new Date(Date.parse('2026-06-22T14:00:00.000Z') + (next += 1) * 15 * 60_000).toISOString()

      it('answers the fourth request in a day for one phone number with a 429 that asks to call, from any client', async () => {
        const statuses: number[] = []
        for (let i = 0; i < 3; i += 1) statuses.push((await post(request(freshSlot()))).status)
        expect(statuses).toEqual([201, 201, 201])
        // Written another way, from yet another client: still the same number.
        const limited = await post(request(freshSlot(), { phone: '+1 (212) 555-0123' }))
        expect(limited.status).toBe(429)
        expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(23 * 3600)
        expect(await limited.json()).toEqual({ errors: { _form: [contactLimitMessage(null)] } })
        expect(contactLimitMessage(null)).toMatch(/call us/)
        // Another patient is unaffected.
        expect((await post(request(freshSlot(), { phone: '(646) 555-0100' }))).status).toBe(201)
      })

      it('limits one e-mail inbox the same way, however the address is written', async () => {
        const emails = ['sam@example.com', 'Sam@Example.com', 'sam+clinic@example.com']
        for (const [i, email] of emails.entries()) {
          expect((await post(request(freshSlot(), { phone: `+1646555${1000 + i}`, email }))).status).toBe(201)
        }
        const limited = await post(request(freshSlot(), { phone: '+16465552000', email: 'SAM+again@example.com' }))
        expect(limited.status).toBe(429)
        expect((await post(request(freshSlot(), { phone: '+16465552001' }))).status).toBe(201)
      })

      it('counts only stored requests: slots taken by others and idempotent retries cost nothing', async () => {
        const taken = freshSlot()
        expect((await post(request(taken, { phone: '+17185550100' }))).status).toBe(201)
        for (let i = 0; i < 3; i += 1) expect((await post(request(taken, { phone: '+17185550111' }))).status).toBe(409)
        const retried = request(freshSlot(), { phone: '+17185550111', idempotencyKey: 'contact-retry-0001' })
        for (let i = 0; i < 3; i += 1) expect((await post(retried)).status).toBe(201)
        expect((await post(request(freshSlot(), { phone: '+17185550111' }))).status).toBe(201)
      })

      it('keys the limit by an HMAC: no phone number or address reaches the limiter', async () => {
        const keys: string[] = []
        const inner = deps.contactLimiter
        deps.contactLimiter = {
          check: (key, now) => (keys.push(key), inner.check(key, now)),
          record: (key, now) => (keys.push(key), inner.record(key, now)),
          take: (key, now) => (keys.push(key), inner.take(key, now)),
        }
        expect((await post(request(freshSlot(), { phone: '+13125550199', email: 'jo.doe@example.com' }))).status).toBe(
          201,
        )
        expect(new Set(keys).size).toBe(2)
        for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/)
        expect(keys.join(' ')).not.toMatch(/5550199|jo\.doe|example/)
      })
    })

    it('answers 413 for an oversized body, declared or not', async () => {
      const big = JSON.stringify(request('2026-06-17T15:00:00.000Z', { name: 'a'.repeat(MAX_BODY_BYTES) }))
      expect((await post(big)).status).toBe(413)
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(big))
          controller.close()
        },
      })
      const chunked = new Request('http://clinic.test/api/consultations', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit)
      expect((await handleCreateRequest(chunked, client(), deps)).status).toBe(413)
    })

    it.each([
      ['text/plain', 415],
      ['application/x-www-form-urlencoded', 415],
      ['application/json; charset=utf-8', 201],
    ])('content type %s answers %i', async (contentType, status) => {
      const slotStart = status === 201 ? '2026-06-17T16:00:00.000Z' : '2026-06-17T16:15:00.000Z'
      expect((await post(request(slotStart), client(), { 'content-type': contentType })).status).toBe(status)
    })

    it('answers 400 for malformed JSON', async () => {
      const response = await post('{"name": ')
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({ errors: { _form: ['The request body is not valid JSON.'] } })
    })

    it('pretends to accept a filled honeypot but stores nothing', async () => {
      const slotStart = '2026-06-18T14:00:00.000Z'
      const response = await post(request(slotStart, { website: 'http://spam.example' }))
      expect(response.status).toBe(201)
      const { rows } = await db.query<{ count: number }>(
        'SELECT count(*)::int AS count FROM bookings WHERE slot_start = $1',
        [new Date(slotStart)],
      )
      expect(rows[0]?.count).toBe(0)
    })

    it('stores the normalised request and nothing else', async () => {
      const slotStart = '2026-06-18T15:00:00.000Z'
      const response = await post(request(slotStart, { name: ' Alex  Rivera ', email: 'A@EXAMPLE.COM', extra: 'x' }))
      const { reference } = (await response.json()) as { reference: string }
      const { rows } = await db.query<Record<string, unknown>>(
        'SELECT name, phone, email, time_zone, treatment_slug, status FROM bookings WHERE reference = $1',
        [reference],
      )
      expect(rows).toEqual([
        {
          name: 'Alex Rivera',
          phone: '+12125550123',
          email: 'A@example.com',
          time_zone: 'America/Chicago',
          treatment_slug: null,
          status: 'requested',
        },
      ])
    })
  })
})

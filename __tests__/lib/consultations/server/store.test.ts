/**
 * Integration: migrations and the booking store against PGlite (always) and a real
 * PostgreSQL server when DATABASE_URL is set (CI), in a throwaway schema.
 */
import { Pool } from 'pg'
import { createPgliteDb, createPostgresDb, type Db } from '@/lib/consultations/server/db'
import { loadMigrations, migrate } from '@/lib/consultations/server/migrate'
import { createBookingStore, safeErrorSummary } from '@/lib/consultations/server/store'
import { newBooking } from '../../../helpers/new-booking'

jest.setTimeout(60_000)

const databaseUrl = process.env.DATABASE_URL

interface Target {
  name: string
  open(): Promise<Db>
  dispose(): Promise<void>
}

const vmModules = `${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`.includes(
  '--experimental-vm-modules',
)

const pglite: Target = {
  name: 'PGlite',
  open: () => {
    // PGlite loads node builtins with import(); inside jest's sandbox that needs the flag.
    if (!vmModules) throw new Error('Run jest with NODE_OPTIONS=--experimental-vm-modules so PGlite can start')
    return createPgliteDb()
  },
  dispose: async () => undefined,
}

function postgres(url: string): Target {
  const schema = `bookings_test_${process.pid}_${Date.now()}`
  const admin = new Pool({ connectionString: url, max: 1 })
  return {
    name: 'PostgreSQL',
    open: async () => {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`)
      return createPostgresDb(url, { schema, maxConnections: 20 })
    },
    dispose: async () => {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      await admin.end()
    },
  }
}

const targets: Target[] = databaseUrl ? [pglite, postgres(databaseUrl)] : [pglite]
if (!databaseUrl) {
  // Visible in the output so a run without PostgreSQL is not mistaken for full coverage.
  console.warn('DATABASE_URL is not set: store tests run against PGlite only')
}

const MINUTE = 60_000
let slotCounter = 0
/** A distinct future slot for every test, so tests sharing a database never collide. */
function nextSlot(): Date {
  slotCounter += 1
  return new Date(Date.UTC(2030, 0, 1, 9) + slotCounter * 60 * MINUTE)
}

describe.each(targets)('booking store on $name', (target) => {
  let db: Db

  beforeAll(async () => {
    db = await target.open()
  })

  afterAll(async () => {
    await db?.close()
    await target.dispose()
  })

  it('applies every migration once and records it', async () => {
    const versions = (await loadMigrations()).map((m) => m.version)
    expect(versions).toContain('0001_create_bookings')
    expect(await migrate(db)).toEqual(versions)
    expect(await migrate(db)).toEqual([])
    const { rows } = await db.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version')
    expect(rows.map((r) => r.version)).toEqual(versions)
  })

  it('refuses to run when an applied migration was edited', async () => {
    const edited = (await loadMigrations()).map((m) => ({ ...m, checksum: 'changed' }))
    await expect(migrate(db, edited)).rejects.toThrow(/changed after it was applied/)
  })

  it('stores a booking, queues the care-team notice and the patient confirmation, and finds it by reference', async () => {
    const store = createBookingStore(db)
    const start = nextSlot()
    const result = await store.create(
      newBooking(start, { email: 'alex@example.com', treatmentSlug: 'ketamine-iv-therapy' }),
    )
    expect(result.status).toBe('created')
    if (result.status !== 'created') return
    expect(result.reference).toMatch(/^[0-9A-Z]{10}$/)
    const found = await store.findByReference(result.reference)
    expect(found?.slotStart.getTime()).toBe(start.getTime())
    expect(found?.timeZone).toBe('America/New_York')
    const { rows } = await db.query<{ kind: string }>(
      `SELECT n.kind FROM booking_notifications n JOIN bookings b ON b.id = n.booking_id WHERE b.reference = $1 ORDER BY n.id`,
      [result.reference],
    )
    expect(rows).toEqual([{ kind: 'booking-requested' }, { kind: 'patient-confirmation' }])
    const taken = await store.taken({
      start: new Date(start.getTime() - MINUTE),
      end: new Date(start.getTime() + MINUTE),
    })
    expect(taken.map((t) => t.start.getTime())).toEqual([start.getTime()])
  })

  it('turns 50 concurrent requests for one slot into one booking and 49 slot-taken answers', async () => {
    const store = createBookingStore(db)
    const start = nextSlot()
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => store.create(newBooking(start, { phone: `+1212555${String(1000 + i)}` }))),
    )
    expect(results.filter((r) => r.status === 'created')).toHaveLength(1)
    expect(results.filter((r) => r.status === 'slot-taken')).toHaveLength(49)
    const { rows } = await db.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM bookings WHERE slot_start = $1',
      [start],
    )
    expect(rows[0]?.count).toBe(1)
  })

  it('answers a retried request (same idempotency key) with the first result, even concurrently', async () => {
    const store = createBookingStore(db)
    const start = nextSlot()
    const request = newBooking(start, { idempotencyKey: `key-${start.getTime()}` })
    const first = await store.create(request)
    const retries = await Promise.all([store.create(request), store.create(request), store.create(request)])
    expect(first.status).toBe('created')
    for (const retry of retries) {
      expect(retry).toEqual({
        status: 'replayed',
        reference: first.status === 'created' ? first.reference : '',
        slotStart: start,
      })
    }
    const { rows } = await db.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM bookings WHERE slot_start = $1',
      [start],
    )
    expect(rows[0]?.count).toBe(1)
  })

  it('creates exactly one booking when first attempts with one key race each other', async () => {
    const store = createBookingStore(db)
    const start = nextSlot()
    const request = newBooking(start, { idempotencyKey: `race-${start.getTime()}` })
    const results = await Promise.all(Array.from({ length: 10 }, () => store.create(request)))
    expect(results.filter((r) => r.status === 'created')).toHaveLength(1)
    expect(results.filter((r) => r.status === 'replayed')).toHaveLength(9)
  })

  it('refuses an idempotency key reused for a different request', async () => {
    const store = createBookingStore(db)
    const key = `reuse-${Date.now()}`
    expect((await store.create(newBooking(nextSlot(), { idempotencyKey: key }))).status).toBe('created')
    expect(await store.create(newBooking(nextSlot(), { idempotencyKey: key }))).toEqual({ status: 'key-conflict' })
  })

  it('keeps the buffer free: an overlapping hold is refused like a taken slot', async () => {
    const store = createBookingStore(db)
    const start = nextSlot()
    const tenMinutes = 10 * MINUTE
    const held = (s: Date) =>
      newBooking(s, { holdEnd: new Date(s.getTime() + 15 * MINUTE + tenMinutes), phone: '+12125550199' })
    expect((await store.create(held(start))).status).toBe('created')
    expect((await store.create(held(new Date(start.getTime() + 15 * MINUTE)))).status).toBe('slot-taken')
    expect((await store.create(held(new Date(start.getTime() + 30 * MINUTE)))).status).toBe('created')
  })

  it('frees the slot of a cancelled booking', async () => {
    const store = createBookingStore(db)
    const start = nextSlot()
    const first = await store.create(newBooking(start))
    if (first.status !== 'created') throw new Error('setup failed')
    await db.query(`UPDATE bookings SET status = 'cancelled' WHERE reference = $1`, [first.reference])
    expect((await store.create(newBooking(start))).status).toBe('created')
  })

  it('rejects data the schema forbids, whatever the caller checked', async () => {
    const store = createBookingStore(db)
    await expect(store.create(newBooking(nextSlot(), { phone: '555-0123' }))).rejects.toThrow()
    await expect(store.create(newBooking(nextSlot(), { name: 'x'.repeat(101) }))).rejects.toThrow()
  })
})

describe('safeErrorSummary', () => {
  it('keeps the class and SQLSTATE, drops message and detail', () => {
    const error = Object.assign(new Error('duplicate key value'), {
      code: '23505',
      detail: 'Key (phone)=(+12125550123) already exists.',
    })
    const summary = safeErrorSummary(error)
    expect(summary).toEqual({ kind: 'Error', code: '23505' })
    expect(JSON.stringify(summary)).not.toContain('555')
  })
})

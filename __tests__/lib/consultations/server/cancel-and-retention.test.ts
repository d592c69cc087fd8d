/**
 * Cancelling through the store (frees the slot, queues a notice, a second try is "already
 * cancelled") and the retention purge, on PGlite and, with DATABASE_URL, PostgreSQL. Its schedule:
 * retention-schedule.test.ts.
 */
import type { Db } from '@/lib/consultations/server/db'
import { databaseTargets } from '../../../helpers/database-targets'
import { migrate } from '@/lib/consultations/server/migrate'
import { purgeExpired } from '@/lib/consultations/server/retention'
import { createBookingStore, type NewBooking } from '@/lib/consultations/server/store'
import { newBooking } from '../../../helpers/new-booking'

jest.setTimeout(60_000)

const targets = databaseTargets('cancel_test')

const DAY = 86_400_000
let counter = 0
function booking(start: Date, overrides: Partial<NewBooking> = {}): NewBooking {
  counter += 1
  return newBooking(start, { name: `Patient ${counter}`, ...overrides })
}

describe.each(targets)('cancel and retention on $name', (target) => {
  let db: Db
  beforeAll(async () => {
    db = await target.open()
    await migrate(db)
  })
  afterAll(async () => {
    await db.close()
    await target.dispose()
  })

  async function idOf(reference: string): Promise<string> {
    const { rows } = await db.query<{ id: string }>('SELECT id FROM bookings WHERE reference = $1', [reference])
    const id = rows[0]?.id
    if (!id) throw new Error('setup: booking missing')
    return id
  }

  it('cancels once, frees the slot, queues a notice for the care team; a second try says already cancelled', async () => {
    const store = createBookingStore(db)
    const start = new Date(Date.UTC(2032, 5, 1, 15))
    const first = await store.create(booking(start))
    if (first.status !== 'created') throw new Error('setup')
    const id = await idOf(first.reference)
    const now = new Date(Date.UTC(2032, 4, 1))

    expect(await store.cancel(id, now)).toBe('cancelled')
    expect((await store.findForCancel(id))?.status).toBe('cancelled')
    expect(await store.cancel(id, now)).toBe('already-cancelled')
    const { rows } = await db.query<{ kind: string }>(
      'SELECT kind FROM booking_notifications WHERE booking_id = $1 ORDER BY id',
      [id],
    )
    expect(rows.map((row) => row.kind)).toEqual(['booking-requested', 'booking-cancelled'])

    // Somebody else can now take the same time.
    expect((await store.create(booking(start))).status).toBe('created')
  })

  it('refuses to cancel a call that has started, and knows no unknown id', async () => {
    const store = createBookingStore(db)
    const start = new Date(Date.UTC(2032, 5, 2, 15))
    const created = await store.create(booking(start))
    if (created.status !== 'created') throw new Error('setup')
    const id = await idOf(created.reference)
    expect(await store.cancel(id, new Date(start.getTime() + 60_000))).toBe('too-late')
    expect((await store.findForCancel(id))?.status).toBe('requested')
    expect(await store.cancel('00000000-0000-4000-8000-000000000000', new Date())).toBe('not-found')
  })

  it('purges requests whose call ended longer ago than the retention period, with their outbox rows, and old access-log rows', async () => {
    const store = createBookingStore(db)
    const now = new Date(Date.UTC(2033, 0, 1))
    const old = await store.create(booking(new Date(now.getTime() - 181 * DAY)))
    const kept = await store.create(booking(new Date(now.getTime() - 179 * DAY), { email: 'keep@example.com' }))
    if (old.status !== 'created' || kept.status !== 'created') throw new Error('setup')
    const oldId = await idOf(old.reference)
    await db.query(
      `INSERT INTO staff_access_log (at, actor, session_id, action, booking_id, booking_reference)
       VALUES ($1, 'Sam', 's1', 'view', $3, $4), ($2, 'Sam', 's1', 'view', $3, $4)`,
      [new Date(now.getTime() - 2191 * DAY), new Date(now.getTime() - 10 * DAY), oldId, old.reference],
    )
    const before = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM bookings')

    const result = await purgeExpired(db, { bookingDays: 180, accessLogDays: 2190 }, now)

    expect(result.accessLog).toBe(1)
    expect(await store.findByReference(old.reference)).toBeNull()
    expect(await store.findByReference(kept.reference)).not.toBeNull()
    const orphans = await db.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM booking_notifications n LEFT JOIN bookings b ON b.id = n.booking_id WHERE b.id IS NULL',
    )
    expect(orphans.rows[0]?.count).toBe(0)
    const after = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM bookings')
    expect((before.rows[0]?.count ?? 0) - (after.rows[0]?.count ?? 0)).toBe(result.bookings)
    // The recent access-log row about the purged booking stays: it holds no patient data.
    const log = await db.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM staff_access_log WHERE booking_id = $1',
      [oldId],
    )
    expect(log.rows[0]?.count).toBe(1)
    // Running it again removes nothing more.
    expect(await purgeExpired(db, { bookingDays: 180, accessLogDays: 2190 }, now)).toEqual({
      bookings: 0,
      accessLog: 0,
    })
  })

  it('purges bookings whose slot ended before the retention cut-off, with their notifications', async () => {
    const store = createBookingStore(db)
    const old = new Date(Date.UTC(2020, 0, 1, 9))
    const created = await store.create(newBooking(old))
    if (created.status !== 'created') throw new Error('setup failed')
    // Cut-off 2021-01-01: the call ended 180 days before `now`, as store.purgeEndedBefore was asked before.
    const now = new Date(Date.UTC(2021, 0, 1) + 180 * DAY)
    const removed = (await purgeExpired(db, { bookingDays: 180, accessLogDays: 2190 }, now)).bookings
    expect(removed).toBe(1)
    expect(await store.findByReference(created.reference)).toBeNull()
    const { rows } = await db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM booking_notifications n LEFT JOIN bookings b ON b.id = n.booking_id WHERE b.id IS NULL`,
    )
    expect(rows[0]?.count).toBe(0)
  })
})

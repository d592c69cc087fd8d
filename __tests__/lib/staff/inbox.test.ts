/**
 * The inbox data and its access log (PGlite, and PostgreSQL with DATABASE_URL): every record
 * listed, exported or marked leaves one row naming who, when, what and which record.
 */
import type { Db } from '@/lib/consultations/server/db'
import { databaseTargets } from '../../helpers/database-targets'
import { migrate } from '@/lib/consultations/server/migrate'
import { createBookingStore, type NewBooking } from '@/lib/consultations/server/store'
import { csvCell, toCsv } from '@/lib/staff/csv'
import { exportRequests, listRequests, markFollowUp } from '@/lib/staff/inbox'
import { newBooking } from '../../helpers/new-booking'

jest.setTimeout(60_000)

const targets = databaseTargets('inbox_test')

const NOW = new Date(Date.UTC(2034, 0, 10, 12))
const HOUR = 3_600_000
const sam = { accountId: '5b0f3c1e-8d2a-4c47-9a61-2f7d8e4b9c10', name: 'Sam Lee', sessionId: 'session-1' }

function booking(start: Date, overrides: Partial<NewBooking> = {}): NewBooking {
  return newBooking(start, {
    email: 'alex@example.com',
    treatmentSlug: 'ketamine-assisted-psychotherapy',
    ...overrides,
  })
}

describe.each(targets)('staff inbox on $name', (target) => {
  let db: Db
  const refs: Record<'past' | 'soon' | 'later', string> = { past: '', soon: '', later: '' }

  beforeAll(async () => {
    db = await target.open()
    await migrate(db)
    const store = createBookingStore(db)
    const starts = { past: NOW.getTime() - 48 * HOUR, soon: NOW.getTime() + 2 * HOUR, later: NOW.getTime() + 50 * HOUR }
    for (const key of ['past', 'soon', 'later'] as const) {
      const result = await store.create(
        booking(new Date(starts[key]), key === 'later' ? { name: '=HYPERLINK("x")', email: null } : {}),
      )
      if (result.status !== 'created') throw new Error('setup')
      refs[key] = result.reference
    }
  })
  afterAll(async () => {
    await db.close()
    await target.dispose()
  })

  const logRows = async (action: string) =>
    (
      await db.query<{
        actor: string
        session_id: string
        booking_reference: string | null
        detail: string | null
        at: Date
      }>(
        'SELECT actor, session_id, booking_reference, detail, at FROM staff_access_log WHERE action = $1 ORDER BY id',
        [action],
      )
    ).rows

  it('lists upcoming requests soonest first, past ones latest first, and logs each record viewed', async () => {
    const upcoming = await listRequests(db, sam, 'upcoming', NOW)
    expect(upcoming.map((row) => row.reference)).toEqual([refs.soon, refs.later])
    expect(upcoming[0]).toMatchObject({
      name: 'Alex Rivera',
      phone: '+12125550123',
      confirmation: 'pending',
      followUp: null,
    })
    const past = await listRequests(db, sam, 'past', NOW)
    expect(past.map((row) => row.reference)).toEqual([refs.past])

    const views = await logRows('view')
    expect(views.map((row) => [row.actor, row.session_id, row.booking_reference, row.detail])).toEqual([
      ['Sam Lee', 'session-1', refs.soon, 'upcoming'],
      ['Sam Lee', 'session-1', refs.later, 'upcoming'],
      ['Sam Lee', 'session-1', refs.past, 'past'],
    ])
    expect(views.every((row) => row.at instanceof Date)).toBe(true)
  })

  it('marks contacted / booked / no answer, by whom, and logs it', async () => {
    const [soon] = await listRequests(db, sam, 'upcoming', NOW)
    if (!soon) throw new Error('setup')
    expect(await markFollowUp(db, sam, soon.id, 'contacted')).toBe(true)
    expect(await markFollowUp(db, sam, soon.id, 'no-answer')).toBe(true)
    expect(await markFollowUp(db, sam, '00000000-0000-4000-8000-000000000000', 'booked')).toBe(false)
    const [after] = await listRequests(db, sam, 'upcoming', NOW)
    expect(after).toMatchObject({ followUp: 'no-answer', followUpBy: 'Sam Lee' })
    expect((await logRows('mark')).map((row) => [row.booking_reference, row.detail])).toEqual([
      [refs.soon, 'contacted'],
      [refs.soon, 'no-answer'],
    ])
  })

  it('exports every request as CSV and logs each exported record', async () => {
    const rows = await exportRequests(db, { accountId: null, name: 'Kim', sessionId: 'session-2' })
    expect(rows).toHaveLength(3)
    const exported = await logRows('export')
    expect(exported.map((row) => row.booking_reference).sort()).toEqual([refs.past, refs.soon, refs.later].sort())
    expect(exported.every((row) => row.actor === 'Kim')).toBe(true)

    const csv = toCsv(rows)
    const lines = csv.trimEnd().split('\r\n')
    expect(lines[0]).toMatch(/^reference,call_start_utc,call_end_utc,patient_time_zone,name,phone,email/)
    expect(lines).toHaveLength(4)
    expect(csv).toContain(`${refs.soon},`)
    expect(csv).toContain(',+12125550123,')
    // A name that a spreadsheet would run as a formula is defused and quoted.
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`)
  })
})

describe('csvCell', () => {
  it('quotes separators and quotes, defuses formulas, leaves phone numbers alone', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"\nbye')).toBe('"say ""hi""\nbye"')
    expect(csvCell('=1+1')).toBe("'=1+1")
    expect(csvCell('-2')).toBe("'-2")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('+1 (212) 555')).toBe("'+1 (212) 555")
    expect(csvCell('+12125550123')).toBe('+12125550123')
  })
})

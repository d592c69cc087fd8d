/**
 * Authorization on every staff route and action, the session cookie's flags, and the access
 * log rows they write. next/headers is replaced by an in-memory cookie jar; the database is
 * PGlite behind the same getBookingDb() the app uses; the content source is stubbed for the page.
 */
import { NextRequest } from 'next/server'
import { isValidElement } from 'react'
import { createPgliteDb, type Db } from '@/lib/consultations/server/db'
import { migrate } from '@/lib/consultations/server/migrate'
import { createBookingStore } from '@/lib/consultations/server/store'
import { Secret, TOTP } from 'otpauth'
import { completeEnrolment, findEnrolment, inviteStaff, setPasswordMethod, type Role } from '@/lib/staff/accounts'
import { hashPassword } from '@/lib/staff/password'
import { SESSION_COOKIE } from '@/lib/staff/sessions'
import { hashToken } from '@/lib/staff/tokens'
import { newBooking } from '../../helpers/new-booking'

jest.setTimeout(60_000)

const PASSWORD = 'quiet river morning lamp'

interface JarEntry {
  value: string
  options: Record<string, unknown>
}
const mockJar = new Map<string, JarEntry>()
const mockClient = { ip: '203.0.113.7' }
let mockDb: Db | undefined

jest.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => {
      const entry = mockJar.get(name)
      return entry ? { name, value: entry.value } : undefined
    },
    set: (name: string, value: string, options: Record<string, unknown>) => mockJar.set(name, { value, options }),
    delete: (options: string | { name: string }) =>
      mockJar.delete(typeof options === 'string' ? options : options.name),
  }),
  headers: async () => new Headers({ 'x-forwarded-for': mockClient.ip }),
}))

jest.mock('@/lib/consultations/server/instance', () => ({
  getBookingDb: async () => {
    if (!mockDb) throw new Error('test database not open')
    return mockDb
  },
}))

// The inbox page reads the clinic's time zone and treatment names; outside Next there is no
// data cache for the content source, and these tests are about staff access, not content.
jest.mock('@/lib/content', () => ({
  getSiteSettings: async () => ({ timeZone: 'America/Los_Angeles' }),
  getTreatments: async () => [],
}))

/** What next/navigation's redirect() threw, as a path; fails if it was anything else. */
async function redirectOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run()
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest
    if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT')) return digest.split(';')[2] ?? ''
    throw error
  }
  throw new Error('expected a redirect')
}

const form = (values: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(values)) data.set(key, value)
  return data
}

let db: Db
let bookingId = ''

beforeAll(async () => {
  db = await createPgliteDb()
  mockDb = db
  await migrate(db)
  const created = await createBookingStore(db).create(newBooking(new Date(Date.UTC(2035, 0, 1, 15))))
  if (created.status !== 'created') throw new Error('setup')
  const { rows } = await db.query<{ id: string }>('SELECT id FROM bookings WHERE reference = $1', [created.reference])
  bookingId = rows[0]?.id ?? ''
})
afterAll(async () => {
  await db.close()
})
beforeEach(() => {
  mockJar.clear()
})

let people = 0

/** A new account (enrolled with password + app), signed in through the real action: its cookie. */
async function signInAs(name: string, role: Role = 'intake'): Promise<string> {
  const { signInWithPassword } = await import('@/app/staff/sign-in/actions')
  people += 1
  const email = `person${people}@clinic.example`
  const { account, token } = await inviteStaff(db, { name, email, role })
  const enrolment = await findEnrolment(db, token)
  if (!enrolment) throw new Error('setup')
  await completeEnrolment(db, enrolment)
  await setPasswordMethod(
    db,
    account.id,
    await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 }),
    enrolment.totpSecret,
    0,
  )
  const code = new TOTP({ secret: Secret.fromBase32(enrolment.totpSecret) }).generate()
  // An address per person: the per-address sign-in limit is not what these tests are about.
  mockClient.ip = `198.51.100.${100 + people}`
  expect(await redirectOf(() => signInWithPassword({ error: null }, form({ email, password: PASSWORD, code })))).toBe(
    '/staff',
  )
  const cookie = mockJar.get(SESSION_COOKIE)
  if (!cookie) throw new Error('no session cookie set')
  return cookie.value
}

const logCount = async (action: string) =>
  (await db.query<{ count: number }>('SELECT count(*)::int AS count FROM staff_access_log WHERE action = $1', [action]))
    .rows[0]?.count

describe('sign-in action', () => {
  it('sets a __Host- session cookie: HttpOnly, Secure, SameSite=Strict, Path=/, 8 hours; and logs the sign-in', async () => {
    const before = await logCount('sign-in')
    await signInAs('Sam')
    expect(SESSION_COOKIE).toBe('__Host-staff_session')
    expect(mockJar.get(SESSION_COOKIE)?.options).toEqual({
      httpOnly: true,
      secure: true,
      sameSite: 'strict',
      path: '/',
      maxAge: 8 * 3600,
    })
    expect(await logCount('sign-in')).toBe((before ?? 0) + 1)
  })

  it('answers a wrong password with a message that names no setting, keeps the address, and sets no cookie', async () => {
    const { signInWithPassword } = await import('@/app/staff/sign-in/actions')
    mockClient.ip = '198.51.100.2'
    const state = await signInWithPassword(
      { error: null },
      form({ email: 'sam@clinic.example', password: 'wrong', code: '123456' }),
    )
    expect(state.error).toMatch(/not right/)
    expect(state.error).not.toMatch(/[A-Z]{2,}_[A-Z]/)
    expect(state.email).toBe('sam@clinic.example')
    expect(mockJar.has(SESSION_COOKIE)).toBe(false)
  })

  it('rate-limits one client after ten attempts, even with the right password', async () => {
    const { signInWithPassword } = await import('@/app/staff/sign-in/actions')
    mockClient.ip = '198.51.100.3'
    for (let i = 0; i < 10; i += 1) {
      await signInWithPassword({ error: null }, form({ email: `eve${i}@clinic.example`, password: 'x', code: '1' }))
    }
    const state = await signInWithPassword(
      { error: null },
      form({ email: 'eve@clinic.example', password: PASSWORD, code: '123456' }),
    )
    expect(state.error).toMatch(/Too many attempts/)
    expect(mockJar.has(SESSION_COOKIE)).toBe(false)
  })
})

describe('export route', () => {
  const exportRequest = (cookie?: string) =>
    new NextRequest('http://127.0.0.1/staff/export', {
      headers: cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {},
    })

  it('refuses without a session and with a forged or altered one', async () => {
    const { GET } = await import('@/app/staff/export/route')
    const valid = await signInAs('Sam')
    for (const cookie of [
      undefined,
      'x.y',
      'A'.repeat(43),
      `${valid.slice(0, -1)}${valid.endsWith('A') ? 'B' : 'A'}`,
    ]) {
      const response = await GET(exportRequest(cookie))
      expect(response.status).toBe(401)
      expect(response.headers.get('cache-control')).toMatch(/no-store/)
      expect(await response.text()).not.toContain('Alex')
    }
  })

  it('sends the CSV to signed-in staff and logs the export of each record', async () => {
    const { GET } = await import('@/app/staff/export/route')
    const before = await logCount('export')
    const response = await GET(exportRequest(await signInAs('Kim')))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="consultation-requests-\d{4}-\d{2}-\d{2}\.csv"$/,
    )
    expect(response.headers.get('cache-control')).toMatch(/no-store/)
    expect(response.headers.get('x-robots-tag')).toMatch(/noindex/)
    expect(await response.text()).toContain('Alex Rivera,+12125550123')
    expect(await logCount('export')).toBe((before ?? 0) + 1)
    const { rows } = await db.query<{ actor: string; booking_id: string }>(
      `SELECT actor, booking_id FROM staff_access_log WHERE action = 'export' ORDER BY id DESC LIMIT 1`,
    )
    expect(rows[0]).toEqual({ actor: 'Kim', booking_id: bookingId })
  })
})

describe('inbox page and follow-up action', () => {
  it('send visitors without a session to the sign-in page and change nothing', async () => {
    const { default: StaffInboxPage } = await import('@/app/staff/page')
    const { setFollowUp } = await import('@/app/staff/actions')
    expect(await redirectOf(() => StaffInboxPage({ searchParams: Promise.resolve({}) }))).toBe('/staff/sign-in')
    mockJar.set(SESSION_COOKIE, { value: 'forged.cookie', options: {} })
    expect(await redirectOf(() => setFollowUp(form({ id: bookingId, followUp: 'booked' })))).toBe('/staff/sign-in')
    const { rows } = await db.query<{ follow_up: string | null }>('SELECT follow_up FROM bookings WHERE id = $1', [
      bookingId,
    ])
    expect(rows[0]?.follow_up).toBeNull()
  })

  it('records a follow-up from signed-in staff, with their name, and logs it', async () => {
    const { setFollowUp } = await import('@/app/staff/actions')
    await signInAs('Sam')
    const target = await redirectOf(() => setFollowUp(form({ id: bookingId, followUp: 'contacted', view: 'upcoming' })))
    expect(target).toBe(`/staff?view=upcoming&marked=contacted#request-${bookingId}`)
    const { rows } = await db.query<{ follow_up: string; follow_up_by: string }>(
      'SELECT follow_up, follow_up_by FROM bookings WHERE id = $1',
      [bookingId],
    )
    expect(rows[0]).toEqual({ follow_up: 'contacted', follow_up_by: 'Sam' })
    expect(await logCount('mark')).toBe(1)
  })

  it('ignores a follow-up value it does not know', async () => {
    const { setFollowUp } = await import('@/app/staff/actions')
    await signInAs('Sam')
    expect(await redirectOf(() => setFollowUp(form({ id: bookingId, followUp: 'deleted' })))).toBe(
      '/staff?view=upcoming',
    )
    expect(await logCount('mark')).toBe(1)
  })

  it('signs out: logs it, clears the cookie, and the old cookie no longer works', async () => {
    const { signOut } = await import('@/app/staff/actions')
    const { GET } = await import('@/app/staff/export/route')
    const cookie = await signInAs('Sam')
    expect(await redirectOf(() => signOut())).toBe('/staff/sign-in')
    expect(mockJar.has(SESSION_COOKIE)).toBe(false)
    expect(await logCount('sign-out')).toBe(1)
    const replayed = new NextRequest('http://127.0.0.1/staff/export', {
      headers: { cookie: `${SESSION_COOKIE}=${cookie}` },
    })
    expect((await GET(replayed)).status).toBe(401)
  })

  it('signs out even when the access log cannot be written', async () => {
    const { signOut } = await import('@/app/staff/actions')
    const cookie = await signInAs('Sam')
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    await db.exec('ALTER TABLE staff_access_log RENAME TO staff_access_log_away')
    try {
      expect(await redirectOf(() => signOut())).toBe('/staff/sign-in')
      expect(mockJar.has(SESSION_COOKIE)).toBe(false)
      const { rows } = await db.query('SELECT 1 FROM staff_sessions WHERE token_hash = $1', [hashToken(cookie)])
      expect(rows).toHaveLength(0)
      expect(error).toHaveBeenCalled()
    } finally {
      await db.exec('ALTER TABLE staff_access_log_away RENAME TO staff_access_log')
      error.mockRestore()
    }
  })

  it('answers odd query strings calmly: ?marked=toString, arrays, unknown views', async () => {
    const { default: StaffInboxPage } = await import('@/app/staff/page')
    await signInAs('Sam')
    for (const searchParams of [
      { marked: 'toString' },
      { marked: '__proto__', view: 'constructor' },
      { view: ['past', 'log'] },
    ]) {
      await expect(StaffInboxPage({ searchParams: Promise.resolve(searchParams) })).resolves.toBeTruthy()
    }
  })

  it('shows accounts and the access log to admins only', async () => {
    const { default: StaffInboxPage } = await import('@/app/staff/page')
    const { AccessLogView, AccountsView } = await import('@/app/staff/_components/admin-views')
    /** The component types in the page's element tree (server components are not rendered here). */
    const typesIn = (node: unknown, found = new Set<unknown>()): Set<unknown> => {
      if (Array.isArray(node)) node.forEach((child) => typesIn(child, found))
      else if (isValidElement<{ children?: unknown }>(node)) {
        found.add(node.type)
        typesIn(node.props.children, found)
      }
      return found
    }
    const page = async (view: string) => typesIn(await StaffInboxPage({ searchParams: Promise.resolve({ view }) }))
    await signInAs('Ines', 'intake')
    for (const view of ['accounts', 'log']) {
      const types = await page(view)
      expect(types.has(AccountsView) || types.has(AccessLogView)).toBe(false)
    }
    mockJar.clear()
    await signInAs('Ada', 'admin')
    expect((await page('accounts')).has(AccountsView)).toBe(true)
    expect((await page('log')).has(AccessLogView)).toBe(true)
  })
})

describe('recovery codes action', () => {
  it('gives a password account ten new codes once, ending the old ones; no session, no codes', async () => {
    const { createRecoveryCodes } = await import('@/app/staff/recovery-codes/actions')
    await expect(redirectOf(() => createRecoveryCodes())).resolves.toBe('/staff/sign-in')
    await signInAs('Noor')
    const first = await createRecoveryCodes()
    const second = await createRecoveryCodes()
    expect(first.codes).toHaveLength(10)
    expect(second.codes).toHaveLength(10)
    const { rows } = await db.query<{ code_hash: string }>('SELECT code_hash FROM staff_recovery_codes')
    const stored = new Set(rows.map((row) => row.code_hash))
    for (const code of first.codes ?? []) expect(stored.has(hashToken(code.replace('-', '')))).toBe(false)
    for (const code of second.codes ?? []) expect(stored.has(hashToken(code.replace('-', '')))).toBe(true)
  })
})

describe('robots.txt', () => {
  it('keeps crawlers out of the staff inbox and cancel links', async () => {
    const { default: robots } = await import('@/app/robots')
    const rules = robots().rules
    const disallow = (Array.isArray(rules) ? rules : [rules]).flatMap((rule) => rule.disallow ?? [])
    expect(disallow).toEqual(expect.arrayContaining(['/staff', '/consultation/cancel']))
  })
})

/** Password hashing, session cookies and the sign-in rules (wrong password, rate limits). */
import { forgetProcessSingleton } from '@/lib/process-singleton'
import { hashPassword, verifyPassword } from '@/lib/staff/password'
import { isPasswordHash } from '@/lib/staff/password-format'
import { createSession, readSession } from '@/lib/staff/session'
import { attemptSignIn, createSignInLimits, PER_CLIENT_FAILURES, TOTAL_FAILURES } from '@/lib/staff/sign-in'
import { limiterTargets } from '../../helpers/rate-limit-targets'

// Low cost keeps the suite fast; the format and the code path are the same.
const CHEAP = { N: 1024, r: 8, p: 1 }
const PASSWORD = 'quiet river morning lamp'

let passwordHash: string
beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD, CHEAP)
})
const keys = () => ({ passwordHash, secret: 'k'.repeat(32) })

describe('password hashes', () => {
  it('verifies the right password only, with a random salt each time', async () => {
    expect(isPasswordHash(passwordHash)).toBe(true)
    expect(passwordHash).toMatch(/^scrypt\$1024\$8\$1\$/)
    expect(passwordHash).not.toContain(PASSWORD)
    expect(await verifyPassword(PASSWORD, passwordHash)).toBe(true)
    expect(await verifyPassword('quiet river morning lamp ', passwordHash)).toBe(false)
    expect(await verifyPassword('', passwordHash)).toBe(false)
    expect(await hashPassword(PASSWORD, CHEAP)).not.toBe(passwordHash)
  })

  it('uses a memory-hard default cost', async () => {
    expect(await hashPassword('x'.repeat(12))).toMatch(/^scrypt\$32768\$8\$1\$/)
  })

  it('rejects malformed stored hashes', async () => {
    for (const bad of ['', 'hunter2', 'scrypt$1000$8$1$abc$def', passwordHash.replace('scrypt', 'bcrypt')]) {
      expect(isPasswordHash(bad)).toBe(false)
      expect(await verifyPassword(PASSWORD, bad)).toBe(false)
    }
  })
})

describe('sessions', () => {
  const now = new Date('2030-01-01T09:00:00Z')

  it('round-trips a signed session for eight hours', () => {
    const { value, session } = createSession('Sam', keys(), now)
    expect(readSession(value, keys(), now)).toEqual(session)
    expect(readSession(value, keys(), new Date(now.getTime() + 7.9 * 3_600_000))?.name).toBe('Sam')
    expect(readSession(value, keys(), new Date(now.getTime() + 8 * 3_600_000))).toBeNull()
  })

  it('refuses tampering, another secret, and a changed password', () => {
    const { value } = createSession('Sam', keys(), now)
    const [payload = '', signature = ''] = value.split('.')
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), name: 'Eve' }),
    ).toString('base64url')
    expect(readSession(`${forged}.${signature}`, keys(), now)).toBeNull()
    expect(readSession(value, { ...keys(), secret: 'z'.repeat(32) }, now)).toBeNull()
    expect(readSession(value, { ...keys(), passwordHash: `${passwordHash}x` }, now)).toBeNull()
    expect(readSession(undefined, keys(), now)).toBeNull()
    expect(readSession('garbage', keys(), now)).toBeNull()
  })
})

// The sign-in rules with the limits in memory (one instance) and in Redis (REDIS_URL).
describe.each(limiterTargets('sign-in'))('attemptSignIn, limits in $name', (target) => {
  const now = new Date('2030-01-01T09:00:00Z')
  const createLimits = () => createSignInLimits(target.create)
  afterAll(() => target.dispose())

  it('signs in with the right password and a name', async () => {
    const result = await attemptSignIn(
      { name: ' Sam ', password: PASSWORD, clientKey: 'a' },
      keys(),
      createLimits(),
      now,
    )
    expect(result.ok).toBe(true)
    if (result.ok) expect(readSession(result.cookieValue, keys(), now)?.name).toBe('Sam')
  })

  it('is off without configuration', async () => {
    expect(await attemptSignIn({ name: 'Sam', password: PASSWORD, clientKey: 'a' }, null, createLimits(), now)).toEqual(
      {
        ok: false,
        reason: 'not-configured',
      },
    )
  })

  it('refuses a wrong password, and a missing name', async () => {
    const limits = createLimits()
    expect(await attemptSignIn({ name: 'Sam', password: 'guess', clientKey: 'a' }, keys(), limits, now)).toEqual({
      ok: false,
      reason: 'wrong-password',
    })
    expect(await attemptSignIn({ name: '  ', password: PASSWORD, clientKey: 'a' }, keys(), limits, now)).toEqual({
      ok: false,
      reason: 'invalid',
    })
  })

  it(`locks a client out after ${PER_CLIENT_FAILURES} wrong passwords, even for the right one, for 15 minutes`, async () => {
    const limits = createLimits()
    for (let i = 0; i < PER_CLIENT_FAILURES; i += 1) {
      expect(
        (await attemptSignIn({ name: 'Eve', password: `guess${i}`, clientKey: 'eve' }, keys(), limits, now)).ok,
      ).toBe(false)
    }
    const locked = await attemptSignIn({ name: 'Eve', password: PASSWORD, clientKey: 'eve' }, keys(), limits, now)
    expect(locked).toMatchObject({ ok: false, reason: 'rate-limited' })
    // Another client is not affected; the locked one is let in again after the window.
    expect((await attemptSignIn({ name: 'Sam', password: PASSWORD, clientKey: 'sam' }, keys(), limits, now)).ok).toBe(
      true,
    )
    const later = new Date(now.getTime() + 15 * 60_000 + 1000)
    expect((await attemptSignIn({ name: 'Eve', password: PASSWORD, clientKey: 'eve' }, keys(), limits, later)).ok).toBe(
      true,
    )
  })

  it(`stops everyone after ${TOTAL_FAILURES} wrong passwords from many clients`, async () => {
    const limits = createLimits()
    for (let i = 0; i < TOTAL_FAILURES; i += 1) {
      await attemptSignIn({ name: 'Eve', password: 'guess', clientKey: `bot-${i}` }, keys(), limits, now)
    }
    expect(
      await attemptSignIn({ name: 'Sam', password: PASSWORD, clientKey: 'fresh' }, keys(), limits, now),
    ).toMatchObject({
      ok: false,
      reason: 'rate-limited',
    })
  })
})

describe('signInLimits', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
    forgetProcessSingleton('rate-limit:config')
    forgetProcessSingleton('staff:sign-in-limits')
  })

  it('is one set of limits per process: the sign-in page and its action count together', () => {
    delete process.env.REDIS_URL
    forgetProcessSingleton('rate-limit:config')
    const load = () => {
      let copy: typeof import('@/lib/staff/auth') | undefined
      jest.isolateModules(() => {
        copy = jest.requireActual<typeof import('@/lib/staff/auth')>('@/lib/staff/auth')
      })
      if (!copy) throw new Error('module did not load')
      return copy
    }
    const limits = load().signInLimits()
    expect(load().signInLimits()).toBe(limits)
  })
})

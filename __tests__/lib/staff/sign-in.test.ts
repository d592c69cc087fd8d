/**
 * Staff accounts, sessions and sign-in rules against the real databases (PGlite, and PostgreSQL
 * with DATABASE_URL) and the real limiters (memory and Redis): invitations, one-time links,
 * idle and absolute session limits, TOTP with replay refusal, recovery codes, and the lockout
 * rules under a burst of parallel guesses.
 */
import { Secret, TOTP } from 'otpauth'
import type { Db } from '@/lib/consultations/server/db'
import { migrate } from '@/lib/consultations/server/migrate'
import {
  completeEnrolment,
  disableStaff,
  findEnrolment,
  inviteStaff,
  setPasswordMethod,
  type StaffAccount,
} from '@/lib/staff/accounts'
import { hashPassword, verifyPassword } from '@/lib/staff/password'
import { isPasswordHash } from '@/lib/staff/password-format'
import { issueRecoveryCodes } from '@/lib/staff/recovery-codes'
import { readSession, startSession } from '@/lib/staff/sessions'
import {
  attemptPasswordSignIn,
  createSignInLimits,
  PER_ACCOUNT_CLIENT_ATTEMPTS,
  type SignInLimits,
} from '@/lib/staff/sign-in'
import { totpStep } from '@/lib/staff/totp'
import { databaseTargets } from '../../helpers/database-targets'
import { limiterTargets } from '../../helpers/rate-limit-targets'

jest.setTimeout(120_000)

// Low cost keeps the suite fast; the format and the code path are the same.
const CHEAP = { N: 1024, r: 8, p: 1 }
const PASSWORD = 'quiet river morning lamp'
const NOW = new Date('2030-01-01T09:00:00Z')
const MINUTE = 60_000

const codeAt = (secret: string, at: Date) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at.getTime() })

describe('password hashes', () => {
  it('verifies the right password only, with a random salt each time', async () => {
    const passwordHash = await hashPassword(PASSWORD, CHEAP)
    expect(isPasswordHash(passwordHash)).toBe(true)
    expect(passwordHash).not.toContain(PASSWORD)
    expect(await verifyPassword(PASSWORD, passwordHash)).toBe(true)
    expect(await verifyPassword(`${PASSWORD} `, passwordHash)).toBe(false)
    expect(await hashPassword(PASSWORD, CHEAP)).not.toBe(passwordHash)
  })

  it('uses a memory-hard default cost and rejects malformed stored hashes', async () => {
    expect(await hashPassword('x'.repeat(12))).toMatch(/^scrypt\$32768\$8\$1\$/)
    for (const bad of ['', 'hunter2', 'scrypt$1000$8$1$abc$def'])
      expect(await verifyPassword(PASSWORD, bad)).toBe(false)
  })
})

describe('TOTP codes', () => {
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
  it('accepts the current code and one step either side, nothing further or malformed', () => {
    const step = Math.floor(NOW.getTime() / 30_000)
    expect(totpStep(secret, codeAt(secret, NOW), NOW)).toBe(step)
    expect(totpStep(secret, codeAt(secret, new Date(NOW.getTime() - 30_000)), NOW)).toBe(step - 1)
    expect(totpStep(secret, codeAt(secret, new Date(NOW.getTime() + 30_000)), NOW)).toBe(step + 1)
    expect(totpStep(secret, codeAt(secret, new Date(NOW.getTime() - 5 * MINUTE)), NOW)).toBeNull()
    for (const bad of ['', '12345', '1234567', 'abcdef', ' 123456']) expect(totpStep(secret, bad, NOW)).toBeNull()
  })
})

describe.each(databaseTargets('staff_sign_in'))('staff accounts on $name', (target) => {
  let db: Db
  let people = 0

  beforeAll(async () => {
    db = await target.open()
    await migrate(db)
  })
  afterAll(async () => {
    await db.close()
    await target.dispose()
  })

  /** A new account, enrolled with a password and an authenticator app. */
  async function enrolled(role: 'intake' | 'admin' = 'intake'): Promise<{ account: StaffAccount; secret: string }> {
    people += 1
    const { account, token } = await inviteStaff(
      db,
      { name: `Person ${people}`, email: `p${people}@clinic.example`, role },
      NOW,
    )
    const enrolment = await findEnrolment(db, token, NOW)
    if (!enrolment) throw new Error('setup')
    await completeEnrolment(db, enrolment, NOW)
    await setPasswordMethod(db, account.id, await hashPassword(PASSWORD, CHEAP), enrolment.totpSecret, 0)
    return { account, secret: enrolment.totpSecret }
  }

  const logged = async (action: string, accountId: string | null) =>
    (
      await db.query<{ count: number }>(
        'SELECT count(*)::int AS count FROM staff_access_log WHERE action = $1 AND account_id IS NOT DISTINCT FROM $2',
        [action, accountId],
      )
    ).rows[0]?.count ?? 0

  describe('invitations', () => {
    it('stores a lower-cased e-mail, and a link that works once, until it expires', async () => {
      const { account, token } = await inviteStaff(
        db,
        { name: 'Riley Chen', email: 'riley@clinic.example', role: 'admin' },
        NOW,
        2,
      )
      expect(account).toMatchObject({ name: 'Riley Chen', email: 'riley@clinic.example', role: 'admin' })
      const { rows } = await db.query<{ token_hash: string }>('SELECT token_hash FROM staff_enrolments')
      expect(rows.map((row) => row.token_hash)).not.toContain(token)
      expect(await findEnrolment(db, token, new Date(NOW.getTime() + 2 * 3_600_000))).toBeNull()
      const enrolment = await findEnrolment(db, token, NOW)
      expect(enrolment?.account.id).toBe(account.id)
      if (!enrolment) return
      expect(await completeEnrolment(db, enrolment, NOW)).toBe(true)
      expect(await completeEnrolment(db, enrolment, NOW)).toBe(false)
      expect(await findEnrolment(db, token, NOW)).toBeNull()
      for (const bad of ['', 'x', `${token}x`, '../../etc/passwd']) expect(await findEnrolment(db, bad, NOW)).toBeNull()
    })

    it('a second invitation for the same person replaces the first link and keeps one account', async () => {
      const first = await inviteStaff(db, { name: 'Kim', email: 'kim@clinic.example', role: 'intake' }, NOW)
      const second = await inviteStaff(db, { name: 'Kim Park', email: 'kim@clinic.example', role: 'admin' }, NOW)
      expect(second.account.id).toBe(first.account.id)
      expect(second.account).toMatchObject({ name: 'Kim Park', role: 'admin' })
      expect(await findEnrolment(db, first.token, NOW)).toBeNull()
      expect(await findEnrolment(db, second.token, NOW)).not.toBeNull()
    })
  })

  describe('sessions', () => {
    it('last 15 minutes without activity, and 8 hours in all', async () => {
      const { account } = await enrolled()
      const { token } = await startSession(db, account.id, undefined, NOW)
      let at = NOW.getTime()
      // Active every 14 minutes: still signed in after 7 h 56 min.
      while (at + 14 * MINUTE < NOW.getTime() + 8 * 60 * MINUTE) {
        at += 14 * MINUTE
        expect((await readSession(db, token, new Date(at)))?.account.id).toBe(account.id)
      }
      expect(await readSession(db, token, new Date(NOW.getTime() + 8 * 60 * MINUTE))).toBeNull()

      const idle = await startSession(db, account.id, undefined, NOW)
      expect(await readSession(db, idle.token, new Date(NOW.getTime() + 15 * MINUTE))).toBeNull()
      // Deleted on sight: coming back to it later does not help.
      expect(await readSession(db, idle.token, NOW)).toBeNull()
    })

    it('a new sign-in ends the session the browser held (rotation); a made-up token is nobody', async () => {
      const { account } = await enrolled()
      const first = await startSession(db, account.id, undefined, NOW)
      const second = await startSession(db, account.id, first.token, NOW)
      expect(second.token).not.toBe(first.token)
      expect(await readSession(db, first.token, NOW)).toBeNull()
      expect((await readSession(db, second.token, NOW))?.id).toBe(second.sessionId)
      for (const bad of [undefined, '', 'A'.repeat(43), `${second.token}=`])
        expect(await readSession(db, bad, NOW)).toBeNull()
    })

    it('disabling an account ends its sessions and its links at once', async () => {
      const { account } = await enrolled()
      const { token } = await startSession(db, account.id, undefined, NOW)
      const invite = await inviteStaff(db, { name: account.name, email: account.email, role: 'intake' }, NOW)
      expect((await disableStaff(db, account.email, NOW))?.id).toBe(account.id)
      expect(await readSession(db, token, NOW)).toBeNull()
      expect(await findEnrolment(db, invite.token, NOW)).toBeNull()
      expect(await disableStaff(db, account.email, NOW)).toBeNull()
    })
  })

  describe.each(limiterTargets('staff-sign-in'))('password sign-in, limits on $name', (limiterTarget) => {
    let limits: SignInLimits
    beforeEach(() => {
      limits = createSignInLimits((spec) => limiterTarget.create(spec))
    })
    afterAll(() => limiterTarget.dispose())

    const attempt = (account: StaffAccount, code: string, clientKey: string, password = PASSWORD, at = NOW) =>
      attemptPasswordSignIn(db, { email: account.email.toUpperCase(), password, code, clientKey }, limits, at)

    it('needs the password and the current code; a code works once', async () => {
      const { account, secret } = await enrolled()
      const code = codeAt(secret, NOW)
      expect(await attempt(account, code, 'c1', 'wrong password')).toEqual({ ok: false, reason: 'wrong' })
      expect(await attempt(account, '000000', 'c1')).toEqual({ ok: false, reason: 'wrong' })
      expect(await attempt(account, code, 'c1')).toMatchObject({ ok: true, account: { id: account.id } })
      // The same code again (someone who saw it): refused.
      expect(await attempt(account, code, 'c2')).toEqual({ ok: false, reason: 'wrong' })
      expect(await logged('sign-in-failed', account.id)).toBe(3)
    })

    it('takes a recovery code in place of the app code, each once', async () => {
      const { account } = await enrolled()
      const [code] = await issueRecoveryCodes(db, account.id)
      if (!code) throw new Error('setup')
      expect(await attempt(account, code.toUpperCase().replace('-', ' '), 'c3')).toMatchObject({
        ok: true,
        usedRecoveryCode: true,
      })
      expect(await attempt(account, code, 'c3')).toEqual({ ok: false, reason: 'wrong' })
    })

    it('an unknown e-mail address gets the same answer and is logged without an account', async () => {
      const before = await logged('sign-in-failed', null)
      const result = await attemptPasswordSignIn(
        db,
        { email: 'nobody@clinic.example', password: PASSWORD, code: '123456', clientKey: 'c4' },
        limits,
        NOW,
      )
      expect(result).toEqual({ ok: false, reason: 'wrong' })
      expect(await logged('sign-in-failed', null)).toBe(before + 1)
    })

    it('refuses malformed input before counting or verifying anything', async () => {
      const { account } = await enrolled()
      for (const input of [
        { email: 'not an address', password: PASSWORD, code: '123456' },
        { email: account.email, password: '', code: '123456' },
        { email: account.email, password: 'x'.repeat(1001), code: '123456' },
        { email: account.email, password: PASSWORD, code: '' },
      ]) {
        expect(await attemptPasswordSignIn(db, { ...input, clientKey: 'c5' }, limits, NOW)).toEqual({
          ok: false,
          reason: 'invalid',
        })
      }
      expect(await logged('sign-in-failed', account.id)).toBe(0)
    })

    it('60 parallel wrong attempts from one address evaluate at most the per-account limit; the right person elsewhere still signs in', async () => {
      const { account, secret } = await enrolled()
      const results = await Promise.all(
        Array.from({ length: 60 }, (_, i) => attempt(account, '000000', 'attacker', `guess ${i}`)),
      )
      expect(results.filter((result) => !result.ok && result.reason === 'wrong')).toHaveLength(
        PER_ACCOUNT_CLIENT_ATTEMPTS,
      )
      expect(results.filter((result) => !result.ok && result.reason === 'rate-limited')).toHaveLength(
        60 - PER_ACCOUNT_CLIENT_ATTEMPTS,
      )
      expect(await logged('sign-in-failed', account.id)).toBe(PER_ACCOUNT_CLIENT_ATTEMPTS)
      // One lockout line per gate the burst ran into (not one per refused attempt), naming the account.
      const { rows } = await db.query<{ detail: string }>(
        "SELECT detail FROM staff_access_log WHERE action = 'lockout' AND account_id = $1 ORDER BY detail",
        [account.id],
      )
      expect(rows.map((row) => row.detail)).toEqual(['account-client', 'client'])
      // Even the right password and code from the attacker's address wait.
      expect(await attempt(account, codeAt(secret, NOW), 'attacker')).toMatchObject({ reason: 'rate-limited' })
      expect(await attempt(account, codeAt(secret, NOW), 'the-clinic')).toMatchObject({ ok: true })
    })

    it('guessing against everyone from many addresses locks nobody else out', async () => {
      const victim = await enrolled()
      const colleague = await enrolled()
      await Promise.all(
        Array.from({ length: 80 }, (_, i) => attempt(victim.account, '000000', `botnet-${i}`, `guess ${i}`)),
      )
      expect(await attempt(colleague.account, codeAt(colleague.secret, NOW), 'the-clinic')).toMatchObject({ ok: true })
    })
  })
})

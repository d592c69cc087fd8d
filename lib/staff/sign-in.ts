/**
 * Staff sign-in, free of Next.js: the limits, the password + authenticator-app check, and the
 * session and access-log rows every successful sign-in writes.
 *
 * Every attempt is counted before anything is verified, with an atomic take, so a burst of
 * parallel attempts cannot slip past the limits while scrypt runs. The gates, in order:
 *   per client address                     10 attempts / 15 min
 *   per account and client address          5 attempts / 15 min
 *   per account, from anywhere             20 attempts / 15 min (only attempts that passed the two above)
 * So one address evaluates at most 5 guesses for an account, and the right person at another
 * address can still sign in. There is no limit over all accounts: nobody outside can lock the
 * whole care team out. A passkey sign-in is never blocked by password guesses for the account.
 */
import 'server-only'
import { z } from 'zod'
import type { Queryable } from '@/lib/consultations/server/db'
import type { RateLimiter, RateLimitSpec } from '@/lib/rate-limit/rate-limiter'
import { claimTotpStep, emailSchema, findForPasswordSignIn, type StaffAccount } from './accounts'
import { logAccess, type Actor } from './inbox'
import { hashPassword, verifyPassword } from './password'
import { spendRecoveryCode } from './recovery-codes'
import { startSession } from './sessions'
import { hashToken } from './tokens'
import { totpStep } from './totp'

export const WINDOW_MS = 15 * 60_000
export const PER_CLIENT_ATTEMPTS = 10
export const PER_ACCOUNT_CLIENT_ATTEMPTS = 5
export const PER_ACCOUNT_ATTEMPTS = 20

export interface SignInLimits {
  perClient: RateLimiter
  perAccountClient: RateLimiter
  perAccount: RateLimiter
  /** One access-log line per lockout and window, not one per refused attempt. */
  lockoutNotices: RateLimiter
  /** Passkey challenges asked for, per client: each is a database row. */
  passkeyChallenges: RateLimiter
}

/** `create` picks the store: the deployment's (auth.ts) or one a test controls. */
export function createSignInLimits(create: (spec: RateLimitSpec) => RateLimiter): SignInLimits {
  return {
    perClient: create({ name: 'staff-sign-in-client', max: PER_CLIENT_ATTEMPTS, windowMs: WINDOW_MS }),
    perAccountClient: create({
      name: 'staff-sign-in-account-client',
      max: PER_ACCOUNT_CLIENT_ATTEMPTS,
      windowMs: WINDOW_MS,
    }),
    perAccount: create({ name: 'staff-sign-in-account', max: PER_ACCOUNT_ATTEMPTS, windowMs: WINDOW_MS }),
    lockoutNotices: create({ name: 'staff-sign-in-lockout-notice', max: 1, windowMs: WINDOW_MS }),
    passkeyChallenges: create({ name: 'staff-passkey-challenge', max: 30, windowMs: WINDOW_MS }),
  }
}

export type SignInFailure = { ok: false; reason: 'invalid' | 'rate-limited' | 'wrong'; retryAfterSeconds?: number }

const passwordInput = z.object({
  email: emailSchema,
  password: z.string().min(1).max(1000),
  code: z.string().trim().min(1).max(20),
})

export interface PasswordSignInInput {
  email: string
  password: string
  /** Six digits from the authenticator app, or a recovery code. */
  code: string
  clientKey: string
}

const unknownActor = (account: StaffAccount | null): Actor =>
  account
    ? { accountId: account.id, name: account.name, sessionId: null }
    : { accountId: null, name: '(unknown e-mail address)', sessionId: null }

// Verified against when there is no such account, so the answer takes as long either way.
let placeholderHash: Promise<string> | undefined
const placeholder = () => (placeholderHash ??= hashPassword('placeholder for an unknown account'))

/** Takes one attempt from each gate in order; the first that is empty refuses (and is logged once). */
async function passGates(
  db: Queryable,
  limits: SignInLimits,
  email: string,
  clientKey: string,
  now: Date,
): Promise<SignInFailure | null> {
  const accountKey = hashToken(`staff-sign-in:${email}`).slice(0, 22)
  const gates: [string, RateLimiter, string][] = [
    ['client', limits.perClient, clientKey],
    ['account-client', limits.perAccountClient, `${accountKey}:${clientKey}`],
    ['account', limits.perAccount, accountKey],
  ]
  for (const [gate, limiter, key] of gates) {
    const state = await limiter.take(key, now.getTime())
    if (state.allowed) continue
    if ((await limits.lockoutNotices.take(`${gate}:${key}`, now.getTime())).allowed) {
      await logAccess(db, unknownActor(await findForPasswordSignIn(db, email)), 'lockout', [], gate)
    }
    return { ok: false, reason: 'rate-limited', retryAfterSeconds: state.retryAfterSeconds }
  }
  return null
}

export async function attemptPasswordSignIn(
  db: Queryable,
  input: PasswordSignInInput,
  limits: SignInLimits,
  now: Date = new Date(),
): Promise<{ ok: true; account: StaffAccount; usedRecoveryCode: boolean } | SignInFailure> {
  const parsed = passwordInput.safeParse(input)
  if (!parsed.success) return { ok: false, reason: 'invalid' }
  const { email, password, code } = parsed.data

  const refused = await passGates(db, limits, email, input.clientKey, now)
  if (refused) return refused

  const found = await findForPasswordSignIn(db, email)
  const passwordRight = await verifyPassword(password, found?.passwordHash ?? (await placeholder()))
  if (!found || !found.passwordHash || !found.totpSecret || !passwordRight) {
    await logAccess(db, unknownActor(found), 'sign-in-failed', [], 'password')
    return { ok: false, reason: 'wrong' }
  }
  const account: StaffAccount = { id: found.id, name: found.name, email: found.email, role: found.role }

  const step = totpStep(found.totpSecret, code, now)
  const usedRecoveryCode = step === null && (await spendRecoveryCode(db, account.id, code, now))
  const secondFactor = usedRecoveryCode || (step !== null && (await claimTotpStep(db, account.id, step)))
  if (!secondFactor) {
    await logAccess(db, unknownActor(account), 'sign-in-failed', [], 'code')
    return { ok: false, reason: 'wrong' }
  }
  return { ok: true, account, usedRecoveryCode }
}

/**
 * Passkeys cannot be guessed, but each ceremony costs a row and a signature check: `challenge`
 * counts options asked for, `verify` counts answers, on the per-address sign-in gate.
 */
export async function passkeyAttemptAllowed(
  limits: SignInLimits,
  clientKey: string,
  step: 'challenge' | 'verify',
  now: Date = new Date(),
): Promise<SignInFailure | null> {
  const limiter = step === 'challenge' ? limits.passkeyChallenges : limits.perClient
  const state = await limiter.take(clientKey, now.getTime())
  return state.allowed ? null : { ok: false, reason: 'rate-limited', retryAfterSeconds: state.retryAfterSeconds }
}

/**
 * After either method: a fresh session (the one the browser held before is ended) and the
 * access-log line. Returns the cookie's token.
 */
export async function startSignedInSession(
  db: Queryable,
  account: StaffAccount,
  previousToken: string | undefined,
  detail: 'passkey' | 'password' | 'recovery-code' | 'enrolment',
  now: Date = new Date(),
): Promise<string> {
  const { token, sessionId } = await startSession(db, account.id, previousToken, now)
  await logAccess(db, { accountId: account.id, name: account.name, sessionId }, 'sign-in', [], detail)
  return token
}

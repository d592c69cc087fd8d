/**
 * Staff sign-in, free of Next.js: configuration check, rate limits, password check, session.
 * Limits count failed attempts only: 5 per client per 15 minutes, and 30 in total per
 * 15 minutes (someone guessing from many addresses). While limited, the password is not
 * even checked, so the answer reveals nothing.
 */
import 'server-only'
import type { RateLimiter, RateLimitSpec } from '@/lib/rate-limit/rate-limiter'
import { verifyPassword } from './password'
import { createSession, type SessionKeys, type StaffSession } from './session'

export const PER_CLIENT_FAILURES = 5
export const TOTAL_FAILURES = 30
export const FAILURE_WINDOW_MS = 15 * 60_000

export interface SignInLimits {
  perClient: RateLimiter
  total: RateLimiter
}

/** `create` picks the store: the deployment's (auth.ts) or one a test controls. */
export function createSignInLimits(create: (spec: RateLimitSpec) => RateLimiter): SignInLimits {
  return {
    perClient: create({ name: 'staff-sign-in-client', max: PER_CLIENT_FAILURES, windowMs: FAILURE_WINDOW_MS }),
    total: create({ name: 'staff-sign-in-total', max: TOTAL_FAILURES, windowMs: FAILURE_WINDOW_MS }),
  }
}

export type SignInResult =
  | { ok: true; cookieValue: string; session: StaffSession }
  | { ok: false; reason: 'not-configured' | 'rate-limited' | 'invalid' | 'wrong-password'; retryAfterSeconds?: number }

export interface SignInInput {
  name: string
  password: string
  clientKey: string
}

export async function attemptSignIn(
  input: SignInInput,
  keys: SessionKeys | null,
  limits: SignInLimits,
  now: Date = new Date(),
): Promise<SignInResult> {
  if (!keys) return { ok: false, reason: 'not-configured' }
  const at = now.getTime()
  // Both at once: with Redis each check is a round trip.
  const [client, total] = await Promise.all([
    limits.perClient.check(input.clientKey, at),
    limits.total.check('all', at),
  ])
  if (!client.allowed || !total.allowed) {
    return {
      ok: false,
      reason: 'rate-limited',
      retryAfterSeconds: Math.max(client.retryAfterSeconds, total.retryAfterSeconds),
    }
  }
  const name = input.name.normalize('NFC').trim()
  if (name.length < 1 || name.length > 100 || input.password.length < 1 || input.password.length > 1000) {
    return { ok: false, reason: 'invalid' }
  }
  if (!(await verifyPassword(input.password, keys.passwordHash))) {
    await Promise.all([limits.perClient.record(input.clientKey, at), limits.total.record('all', at)])
    return { ok: false, reason: 'wrong-password' }
  }
  const { value, session } = createSession(name, keys, now)
  return { ok: true, cookieValue: value, session }
}

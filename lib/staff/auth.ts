/**
 * Staff sessions in Next.js: the session cookie's flags, reading it on every staff page,
 * route and action, and the process-wide sign-in limits (shared through Redis when REDIS_URL is
 * set). The cookie is `__Host-` prefixed, HttpOnly, Secure and SameSite=Strict. Browsers keep
 * Secure cookies over HTTPS and on loopback hosts (http://localhost, http://127.0.0.1), so local
 * runs and tests work while a plain-HTTP deployment cannot sign in at all; that is intended for
 * health data.
 */
import 'server-only'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { staffConfig } from './config'
import { processSingleton } from '@/lib/process-singleton'
import { paths } from '@/lib/routes'
import { createRateLimiter } from '@/lib/rate-limit/create-rate-limiter'
import { readSession, SESSION_COOKIE, SESSION_HOURS, type SessionKeys, type StaffSession } from './session'
import { createSignInLimits, type SignInLimits } from './sign-in'

export const SESSION_COOKIE_OPTIONS = {
  httpOnly: true,
  secure: true,
  sameSite: 'strict',
  path: '/',
  maxAge: SESSION_HOURS * 3600,
} as const

/** Null when sign-in is not configured: no hash or no secret means no staff access at all. */
export function staffKeys(): SessionKeys | null {
  const { STAFF_PASSWORD_HASH, STAFF_SESSION_SECRET } = staffConfig()
  return STAFF_PASSWORD_HASH && STAFF_SESSION_SECRET
    ? { passwordHash: STAFF_PASSWORD_HASH, secret: STAFF_SESSION_SECRET }
    : null
}

export function sessionFrom(cookieValue: string | undefined): StaffSession | null {
  const keys = staffKeys()
  return keys ? readSession(cookieValue, keys) : null
}

export async function currentStaff(): Promise<StaffSession | null> {
  return sessionFrom((await cookies()).get(SESSION_COOKIE)?.value)
}

/** For staff pages and actions: the session, or off to the sign-in page. */
export async function requireStaff(): Promise<StaffSession> {
  const session = await currentStaff()
  if (!session) redirect(paths.staffSignIn())
  return session
}

/** One set of limits per process: the sign-in page and its Server Action are separate bundles. */
export function signInLimits(): SignInLimits {
  return processSingleton('staff:sign-in-limits', () => createSignInLimits(createRateLimiter))
}

export const actorOf = (session: StaffSession) => ({ name: session.name, sessionId: session.sid })

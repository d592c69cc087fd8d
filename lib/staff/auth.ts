/**
 * Staff sessions in Next.js: the cookie's flags, reading it on every staff page, route and
 * action, and the process-wide sign-in limits (shared through Redis when REDIS_URL is set). The
 * cookie is `__Host-` prefixed, HttpOnly, Secure and SameSite=Strict. Browsers keep Secure
 * cookies over HTTPS and on loopback hosts (http://localhost, http://127.0.0.1), so local runs
 * and tests work while a plain-HTTP deployment cannot sign in at all; that is intended for
 * health data.
 */
import 'server-only'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { getBookingDb } from '@/lib/consultations/server/instance'
import { processSingleton } from '@/lib/process-singleton'
import { createRateLimiter } from '@/lib/rate-limit/create-rate-limiter'
import { paths } from '@/lib/routes'
import { staffConfig } from './config'
import type { Actor } from './inbox'
import type { RelyingParty } from './passkeys'
import { ABSOLUTE_HOURS, readSession, SESSION_COOKIE, type StaffSession } from './sessions'
import { createSignInLimits, type SignInLimits } from './sign-in'

export const SESSION_COOKIE_OPTIONS = {
  httpOnly: true,
  secure: true,
  sameSite: 'strict',
  path: '/',
  maxAge: ABSOLUTE_HOURS * 3600,
} as const

export async function sessionCookie(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value
}

export async function currentStaff(): Promise<StaffSession | null> {
  return readSession(await getBookingDb(), await sessionCookie())
}

/** For staff pages and actions: the session, or off to the sign-in page. */
export async function requireStaff(): Promise<StaffSession> {
  const session = await currentStaff()
  if (!session) redirect(paths.staffSignIn())
  return session
}

/** One set of limits per process: the sign-in page and its Server Actions are separate bundles. */
export function signInLimits(): SignInLimits {
  return processSingleton('staff:sign-in-limits', () => createSignInLimits(createRateLimiter))
}

export function relyingParty(): RelyingParty {
  const { origin } = staffConfig()
  return { id: new URL(origin).hostname, name: 'Care team inbox', origin }
}

export const actorOf = (session: StaffSession): Actor => ({
  accountId: session.account.id,
  name: session.account.name,
  sessionId: session.id,
})

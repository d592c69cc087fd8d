'use server'

import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getBookingDb } from '@/lib/consultations/server/instance'
import { safeErrorSummary } from '@/lib/consultations/server/store'
import { log } from '@/lib/log'
import { clientKey } from '@/lib/rate-limit/client-key'
import { actorOf, currentStaff, SESSION_COOKIE_OPTIONS, signInLimits, staffKeys } from '@/lib/staff/auth'
import { isFollowUp, logAccess, markFollowUp } from '@/lib/staff/inbox'
import { SESSION_COOKIE } from '@/lib/staff/session'
import { attemptSignIn } from '@/lib/staff/sign-in'
import { paths } from '@/lib/routes'

export interface SignInState {
  error: string | null
  /** Typed again into the form after a failed attempt (React resets a form after its action). */
  name?: string
}

const MESSAGES = {
  'not-configured':
    'Staff sign-in is not set up on this server. Ask whoever runs it to set STAFF_PASSWORD_HASH and STAFF_SESSION_SECRET.',
  'rate-limited': 'Too many attempts. Please wait 15 minutes and try again.',
  invalid: 'Enter your name and the staff password.',
  'wrong-password': 'That password is not right. Please try again.',
} as const

const text = (form: FormData, key: string) => {
  const value = form.get(key)
  return typeof value === 'string' ? value : ''
}

/** Next.js checks each Server Action's Origin against the host; that stays on. */
export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const result = await attemptSignIn(
    { name: text(form, 'name'), password: text(form, 'password'), clientKey: clientKey(await headers()) },
    staffKeys(),
    signInLimits(),
  )
  if (!result.ok) return { error: MESSAGES[result.reason], name: text(form, 'name').slice(0, 100) }
  ;(await cookies()).set(SESSION_COOKIE, result.cookieValue, SESSION_COOKIE_OPTIONS)
  try {
    await logAccess(await getBookingDb(), actorOf(result.session), 'sign-in')
  } catch (error) {
    log.error('Staff access log write failed', safeErrorSummary(error))
  }
  redirect(paths.staff())
}

export async function signOut(): Promise<void> {
  const session = await currentStaff()
  if (session) await logAccess(await getBookingDb(), actorOf(session), 'sign-out')
  ;(await cookies()).delete({ name: SESSION_COOKIE, path: '/', secure: true, httpOnly: true, sameSite: 'strict' })
  redirect(paths.staffSignIn())
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Marks a request contacted / booked / no answer, then shows the inbox again (works without JS). */
export async function setFollowUp(form: FormData): Promise<void> {
  const session = await currentStaff()
  if (!session) redirect(paths.staffSignIn())
  const id = text(form, 'id')
  const followUp = text(form, 'followUp')
  const view = text(form, 'view') === 'past' ? 'past' : 'upcoming'
  if (!UUID.test(id) || !isFollowUp(followUp)) redirect(`${paths.staff()}?view=${view}`)
  await markFollowUp(await getBookingDb(), actorOf(session), id, followUp)
  redirect(`${paths.staff()}?view=${view}&marked=${followUp}#request-${id}`)
}

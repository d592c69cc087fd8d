'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { getBookingDb } from '@/lib/consultations/server/instance'
import { safeErrorSummary } from '@/lib/consultations/server/store'
import { log } from '@/lib/log'
import { actorOf, currentStaff, sessionCookie } from '@/lib/staff/auth'
import { isFollowUp, logAccess, markFollowUp } from '@/lib/staff/inbox'
import { endSession, SESSION_COOKIE } from '@/lib/staff/sessions'
import { paths } from '@/lib/routes'
import { formText } from './form-text'

/**
 * Ends the session row and the cookie, whatever else fails: a sign-out that half-worked would
 * leave a session someone else at this computer could pick up.
 */
export async function signOut(): Promise<void> {
  const token = await sessionCookie()
  try {
    const db = await getBookingDb()
    const session = await currentStaff()
    try {
      if (session) await logAccess(db, actorOf(session), 'sign-out')
    } catch (error) {
      log.error('Staff access log write failed at sign-out', safeErrorSummary(error))
    }
    if (token) await endSession(db, token)
  } catch (error) {
    log.error('Staff session could not be ended in the database', safeErrorSummary(error))
  } finally {
    ;(await cookies()).delete({ name: SESSION_COOKIE, path: '/', secure: true, httpOnly: true, sameSite: 'strict' })
  }
  redirect(paths.staffSignIn())
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Marks a request contacted / booked / no answer, then shows the inbox again (works without JS). */
export async function setFollowUp(form: FormData): Promise<void> {
  const session = await currentStaff()
  if (!session) redirect(paths.staffSignIn())
  const id = formText(form, 'id')
  const followUp = formText(form, 'followUp')
  const view = formText(form, 'view') === 'past' ? 'past' : 'upcoming'
  if (!UUID.test(id) || !isFollowUp(followUp)) redirect(`${paths.staff()}?view=${view}`)
  await markFollowUp(await getBookingDb(), actorOf(session), id, followUp)
  redirect(`${paths.staff()}?view=${view}&marked=${followUp}#request-${id}`)
}

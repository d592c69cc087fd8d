'use server'

import { redirect } from 'next/navigation'
import { getBookingDb } from '@/lib/consultations/server/instance'
import { safeErrorSummary } from '@/lib/consultations/server/store'
import { log } from '@/lib/log'
import { hasPasswordMethod } from '@/lib/staff/accounts'
import { actorOf, currentStaff } from '@/lib/staff/auth'
import { logAccess } from '@/lib/staff/inbox'
import { issueRecoveryCodes } from '@/lib/staff/recovery-codes'
import { paths } from '@/lib/routes'

export interface RecoveryCodesState {
  error: string | null
  /** In this answer only: never stored in clear, never shown again. */
  codes?: string[]
}

/** Replaces the account's recovery codes. Sets no cookie, so the page is not re-rendered away. */
export async function createRecoveryCodes(): Promise<RecoveryCodesState> {
  const session = await currentStaff()
  if (!session) redirect(paths.staffSignIn())
  try {
    const db = await getBookingDb()
    if (!(await hasPasswordMethod(db, session.account.id))) {
      return { error: 'Recovery codes go with a password and authenticator app; this account uses a passkey.' }
    }
    const codes = await issueRecoveryCodes(db, session.account.id)
    await logAccess(db, actorOf(session), 'enrol', [], 'recovery-codes')
    return { error: null, codes }
  } catch (error) {
    log.error('Recovery codes failed', safeErrorSummary(error))
    return { error: 'New codes could not be made right now. Please try again in a minute.' }
  }
}

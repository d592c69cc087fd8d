'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import type { PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/server'
import { z } from 'zod'
import { getBookingDb } from '@/lib/consultations/server/instance'
import { safeErrorSummary } from '@/lib/consultations/server/store'
import { log } from '@/lib/log'
import { completeEnrolment, findEnrolment, setPasswordMethod, type Enrolment } from '@/lib/staff/accounts'
import { relyingParty, SESSION_COOKIE_OPTIONS, sessionCookie } from '@/lib/staff/auth'
import { logAccess } from '@/lib/staff/inbox'
import { registerPasskey, registrationOptions } from '@/lib/staff/passkeys'
import { hashPassword } from '@/lib/staff/password'
import { SESSION_COOKIE } from '@/lib/staff/sessions'
import { startSignedInSession } from '@/lib/staff/sign-in'
import { totpStep } from '@/lib/staff/totp'
import { parseRegistrationResponse } from '@/lib/staff/webauthn-json'
import { paths } from '@/lib/routes'
import { formText } from '../../form-text'

const LINK_GONE = 'This link has expired or has been used. Ask an admin for a new one.'
const UNAVAILABLE = 'Setting up sign-in is not available right now. Please try again in a minute.'

async function enrolmentFor(token: unknown): Promise<Enrolment | null> {
  return typeof token === 'string' ? findEnrolment(await getBookingDb(), token) : null
}

/** Once the link is used up: the enrolment logged, and the new person signed in. */
async function signInEnrolled(enrolment: Enrolment, method: 'passkey' | 'password'): Promise<void> {
  const db = await getBookingDb()
  const actor = { accountId: enrolment.account.id, name: enrolment.account.name, sessionId: null }
  await logAccess(db, actor, 'enrol', [], method)
  const token = await startSignedInSession(db, enrolment.account, await sessionCookie(), 'enrolment')
  ;(await cookies()).set(SESSION_COOKIE, token, SESSION_COOKIE_OPTIONS)
}

export type EnrolOptionsResult =
  { ok: true; challengeId: string; options: PublicKeyCredentialCreationOptionsJSON } | { ok: false; error: string }

export async function passkeyEnrolOptions(token: unknown): Promise<EnrolOptionsResult> {
  try {
    const enrolment = await enrolmentFor(token)
    if (!enrolment) return { ok: false, error: LINK_GONE }
    return { ok: true, ...(await registrationOptions(await getBookingDb(), enrolment.account, relyingParty())) }
  } catch (error) {
    log.error('Passkey enrolment options failed', safeErrorSummary(error))
    return { ok: false, error: UNAVAILABLE }
  }
}

/** Answers only on failure: on success it redirects to the inbox. */
export async function enrolPasskey(
  token: unknown,
  challengeId: unknown,
  response: unknown,
): Promise<{ error: string }> {
  try {
    const enrolment = await enrolmentFor(token)
    if (!enrolment) return { error: LINK_GONE }
    const parsed = parseRegistrationResponse(response)
    const registered =
      parsed !== null &&
      typeof challengeId === 'string' &&
      (await registerPasskey(await getBookingDb(), enrolment.account, challengeId, parsed, relyingParty()))
    if (!registered) return { error: 'The passkey could not be checked. Please try again.' }
    // After the passkey is stored: a failed check must not use the link up.
    if (!(await completeEnrolment(await getBookingDb(), enrolment))) return { error: LINK_GONE }
    await signInEnrolled(enrolment, 'passkey')
  } catch (error) {
    log.error('Passkey enrolment failed', safeErrorSummary(error))
    return { error: UNAVAILABLE }
  }
  redirect(paths.staff())
}

export interface PasswordEnrolState {
  error: string | null
}

const passwordForm = z
  .object({
    password: z
      .string()
      .min(12, 'Choose a password of at least 12 characters.')
      .max(1000, 'That password is too long.'),
    confirm: z.string(),
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'Enter the 6-digit code your authenticator app shows.'),
  })
  .refine((form) => form.password === form.confirm, { message: 'The two passwords are not the same.' })

export async function enrolWithPassword(_previous: PasswordEnrolState, form: FormData): Promise<PasswordEnrolState> {
  try {
    const enrolment = await enrolmentFor(formText(form, 'token'))
    if (!enrolment) return { error: LINK_GONE }
    const parsed = passwordForm.safeParse({
      password: formText(form, 'password'),
      confirm: formText(form, 'confirm'),
      code: formText(form, 'code'),
    })
    if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'Check the form and try again.' }
    const step = totpStep(enrolment.totpSecret, parsed.data.code, new Date())
    if (step === null) {
      return { error: 'That code is not right. Check the app shows the account for this inbox, then try the new code.' }
    }
    const db = await getBookingDb()
    // Before anything is set: the same link in two tabs sets one password, not two.
    if (!(await completeEnrolment(db, enrolment))) return { error: LINK_GONE }
    const passwordHash = await hashPassword(parsed.data.password)
    await setPasswordMethod(db, enrolment.account.id, passwordHash, enrolment.totpSecret, step)
    await signInEnrolled(enrolment, 'password')
  } catch (error) {
    log.error('Password enrolment failed', safeErrorSummary(error))
    return { error: UNAVAILABLE }
  }
  // Recovery codes are made there, by a Server Action that sets no cookie, so the page showing
  // them is not re-rendered away (setting the session cookie here refreshes this page).
  redirect(paths.staffRecoveryCodes())
}

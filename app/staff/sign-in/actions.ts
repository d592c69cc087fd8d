'use server'

import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import type { PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/server'
import { getBookingDb } from '@/lib/consultations/server/instance'
import { safeErrorSummary } from '@/lib/consultations/server/store'
import { log } from '@/lib/log'
import { clientKey } from '@/lib/rate-limit/client-key'
import { relyingParty, SESSION_COOKIE_OPTIONS, sessionCookie, signInLimits } from '@/lib/staff/auth'
import { logAccess } from '@/lib/staff/inbox'
import { authenticationOptions, verifyPasskey } from '@/lib/staff/passkeys'
import { SESSION_COOKIE } from '@/lib/staff/sessions'
import {
  attemptPasswordSignIn,
  passkeyAttemptAllowed,
  startSignedInSession,
  type SignInFailure,
} from '@/lib/staff/sign-in'
import { parseAuthenticationResponse } from '@/lib/staff/webauthn-json'
import { paths } from '@/lib/routes'
import { formText } from '../form-text'

export interface SignInState {
  error: string | null
  /** Typed again into the form after a failed attempt (React resets a form after its action). */
  email?: string
}

const MESSAGES: Record<SignInFailure['reason'] | 'unavailable' | 'passkey-rate-limited', string> = {
  'passkey-rate-limited': 'Too many attempts from here. Please wait 15 minutes and try again.',
  'rate-limited': 'Too many attempts from here. Please wait 15 minutes, or sign in with your passkey.',
  invalid: 'Enter your e-mail address, your password and the code from your authenticator app.',
  wrong: 'That e-mail address, password or code is not right. Please try again.',
  unavailable: 'Sign-in is not available right now. Please try again in a minute.',
}

async function setSessionCookie(token: string): Promise<void> {
  ;(await cookies()).set(SESSION_COOKIE, token, SESSION_COOKIE_OPTIONS)
}

/** Password + authenticator app (or a recovery code). Next checks each Server Action's Origin. */
export async function signInWithPassword(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = formText(form, 'email').slice(0, 254)
  try {
    const db = await getBookingDb()
    const result = await attemptPasswordSignIn(
      db,
      {
        email,
        password: formText(form, 'password'),
        code: formText(form, 'code'),
        clientKey: clientKey(await headers()),
      },
      signInLimits(),
    )
    if (!result.ok) return { error: MESSAGES[result.reason], email }
    const detail = result.usedRecoveryCode ? 'recovery-code' : 'password'
    await setSessionCookie(await startSignedInSession(db, result.account, await sessionCookie(), detail))
  } catch (error) {
    log.error('Staff sign-in failed', safeErrorSummary(error))
    return { error: MESSAGES.unavailable, email }
  }
  redirect(paths.staff())
}

export type PasskeyOptionsResult =
  { ok: true; challengeId: string; options: PublicKeyCredentialRequestOptionsJSON } | { ok: false; error: string }

export async function passkeySignInOptions(): Promise<PasskeyOptionsResult> {
  try {
    const refused = await passkeyAttemptAllowed(signInLimits(), clientKey(await headers()), 'challenge')
    if (refused) return { ok: false, error: MESSAGES['passkey-rate-limited'] }
    return { ok: true, ...(await authenticationOptions(await getBookingDb(), relyingParty())) }
  } catch (error) {
    log.error('Passkey options failed', safeErrorSummary(error))
    return { ok: false, error: MESSAGES.unavailable }
  }
}

/** Answers only on failure: on success it redirects to the inbox. */
export async function signInWithPasskey(challengeId: unknown, response: unknown): Promise<{ error: string }> {
  try {
    const refused = await passkeyAttemptAllowed(signInLimits(), clientKey(await headers()), 'verify')
    if (refused) return { error: MESSAGES['passkey-rate-limited'] }
    const parsed = parseAuthenticationResponse(response)
    const db = await getBookingDb()
    const account =
      parsed && typeof challengeId === 'string' ? await verifyPasskey(db, challengeId, parsed, relyingParty()) : null
    if (!account) {
      await logAccess(
        db,
        { accountId: null, name: '(passkey not recognised)', sessionId: null },
        'sign-in-failed',
        [],
        'passkey',
      )
      return { error: 'That passkey is not one this inbox knows, or the request timed out. Please try again.' }
    }
    await setSessionCookie(await startSignedInSession(db, account, await sessionCookie(), 'passkey'))
  } catch (error) {
    log.error('Passkey sign-in failed', safeErrorSummary(error))
    return { error: MESSAGES.unavailable }
  }
  redirect(paths.staff())
}

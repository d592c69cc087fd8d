/**
 * How /consultation/thanks knows which booking to show without patient data in the URL:
 * a short-lived HttpOnly cookie holding only the opaque reference, scoped to /consultation.
 */
import 'server-only'
import { cookies, headers } from 'next/headers'
import { paths } from '@/lib/routes'
import { isReference } from './reference'

const COOKIE = 'consultation_ref'
const MAX_AGE_SECONDS = 30 * 60

export async function rememberConfirmation(reference: string): Promise<void> {
  const proto = (await headers()).get('x-forwarded-proto')
  ;(await cookies()).set(COOKIE, reference, {
    httpOnly: true,
    sameSite: 'lax',
    path: paths.consultation(),
    maxAge: MAX_AGE_SECONDS,
    secure: proto === 'https',
  })
}

export async function confirmedReference(): Promise<string | null> {
  const value = (await cookies()).get(COOKIE)?.value
  return value && isReference(value) ? value : null
}

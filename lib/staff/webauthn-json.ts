/**
 * What a browser posts back from a passkey ceremony, checked before @simplewebauthn/server sees
 * it: anything else is refused with a clear "no" instead of an exception deep in the library.
 * Extension results are dropped: the site asks for none.
 */
import 'server-only'
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server'
import { z } from 'zod'

const base64url = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9_-]*$/)

const common = {
  id: base64url(1400).min(1),
  rawId: base64url(1400).min(1),
  type: z.literal('public-key'),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
}

const registrationSchema = z.object({
  ...common,
  response: z.object({
    clientDataJSON: base64url(10_000),
    attestationObject: base64url(20_000),
    transports: z.array(z.string().max(30)).max(10).optional(),
  }),
})

const authenticationSchema = z.object({
  ...common,
  response: z.object({
    clientDataJSON: base64url(10_000),
    authenticatorData: base64url(10_000),
    signature: base64url(2_000),
    userHandle: base64url(200).optional(),
  }),
})

export function parseRegistrationResponse(value: unknown): RegistrationResponseJSON | null {
  const result = registrationSchema.safeParse(value)
  return result.success ? { ...result.data, clientExtensionResults: {} } : null
}

export function parseAuthenticationResponse(value: unknown): AuthenticationResponseJSON | null {
  const result = authenticationSchema.safeParse(value)
  return result.success ? { ...result.data, clientExtensionResults: {} } : null
}

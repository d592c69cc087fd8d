/**
 * Staff sessions: a stateless cookie `<payload>.<signature>` (base64url JSON + HMAC-SHA256 with
 * STAFF_SESSION_SECRET). It carries a random session id, the name typed at sign-in (for the
 * access log), issue and expiry times, and a fingerprint of the password hash, so changing
 * STAFF_PASSWORD_HASH (or the secret) signs everyone out.
 */
import 'server-only'
import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'

/** `__Host-`: Secure, Path=/ and no Domain are enforced by the browser itself. */
export const SESSION_COOKIE = '__Host-staff_session'
export const SESSION_HOURS = 8

export interface StaffSession {
  sid: string
  name: string
  iat: number
  exp: number
  pwf: string
}

const payloadSchema = z.object({
  sid: z.uuid(),
  name: z.string().min(1).max(100),
  iat: z.number().int(),
  exp: z.number().int(),
  pwf: z.string().length(16),
})

const key = (secret: string) => createHmac('sha256', secret).update('staff-session-v1').digest()
const fingerprint = (passwordHash: string) => createHash('sha256').update(passwordHash).digest('hex').slice(0, 16)

export interface SessionKeys {
  secret: string
  passwordHash: string
}

export function createSession(
  name: string,
  keys: SessionKeys,
  now: Date = new Date(),
): { value: string; session: StaffSession } {
  const iat = Math.floor(now.getTime() / 1000)
  const session: StaffSession = {
    sid: randomUUID(),
    name,
    iat,
    exp: iat + SESSION_HOURS * 3600,
    pwf: fingerprint(keys.passwordHash),
  }
  const payload = Buffer.from(JSON.stringify(session)).toString('base64url')
  const signature = createHmac('sha256', key(keys.secret)).update(payload).digest('base64url')
  return { value: `${payload}.${signature}`, session }
}

export function readSession(value: string | undefined, keys: SessionKeys, now: Date = new Date()): StaffSession | null {
  if (!value) return null
  const match = /^([A-Za-z0-9_-]{1,1000})\.([A-Za-z0-9_-]{43})$/.exec(value)
  if (!match) return null
  const [, payload = '', signature = ''] = match
  const expected = createHmac('sha256', key(keys.secret)).update(payload).digest()
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
  } catch {
    return null
  }
  const result = payloadSchema.safeParse(parsed)
  if (!result.success) return null
  const session = result.data
  const nowSeconds = Math.floor(now.getTime() / 1000)
  if (session.exp <= nowSeconds || session.iat > nowSeconds + 60) return null
  if (session.pwf !== fingerprint(keys.passwordHash)) return null
  return session
}

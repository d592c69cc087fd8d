/**
 * Cancel links: `<payload>.<signature>`, both base64url. The payload is a version byte, the
 * booking's random UUID (16 bytes, no name, phone or reference) and an expiry in Unix seconds;
 * the signature is HMAC-SHA256 over the payload with BOOKING_TOKEN_SECRET. Nothing in the token
 * can be guessed or enumerated, and it stops working when the call starts. Whether it was used
 * is the booking's own state (cancelled), so a used link says so instead of failing silently.
 */
import 'server-only'
import { createHmac, timingSafeEqual } from 'node:crypto'

const VERSION = 1
const PAYLOAD_BYTES = 1 + 16 + 4
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export type TokenCheck =
  { ok: true; bookingId: string; expiresAt: Date } | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' }

// A separate key per use, so a cancel token can never double as anything else.
const key = (secret: string) => createHmac('sha256', secret).update('cancel-link-v1').digest()

export function signCancelToken(bookingId: string, expiresAt: Date, secret: string): string {
  if (!UUID.test(bookingId)) throw new Error('Cancel tokens are for booking UUIDs')
  const payload = Buffer.alloc(PAYLOAD_BYTES)
  payload.writeUInt8(VERSION, 0)
  Buffer.from(bookingId.replace(/-/g, ''), 'hex').copy(payload, 1)
  payload.writeUInt32BE(Math.floor(expiresAt.getTime() / 1000), 17)
  const signature = createHmac('sha256', key(secret)).update(payload).digest()
  return `${payload.toString('base64url')}.${signature.toString('base64url')}`
}

export function verifyCancelToken(token: string, secret: string, now: Date = new Date()): TokenCheck {
  const match = /^([A-Za-z0-9_-]{28})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return { ok: false, reason: 'malformed' }
  const payload = Buffer.from(match[1] ?? '', 'base64url')
  const signature = Buffer.from(match[2] ?? '', 'base64url')
  if (payload.length !== PAYLOAD_BYTES || payload.readUInt8(0) !== VERSION) return { ok: false, reason: 'malformed' }
  const expected = createHmac('sha256', key(secret)).update(payload).digest()
  if (signature.length !== expected.length || !timingSafeEqual(signature, expected))
    return { ok: false, reason: 'bad-signature' }
  const expiresAt = new Date(payload.readUInt32BE(17) * 1000)
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' }
  const hex = payload.subarray(1, 17).toString('hex')
  const bookingId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
  return { ok: true, bookingId, expiresAt }
}

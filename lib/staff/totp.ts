/**
 * Authenticator-app codes (TOTP, RFC 6238: SHA-1, 6 digits, 30 seconds, as every app expects),
 * through the otpauth library. One step either side is accepted for a phone's clock drift.
 */
import 'server-only'
import { Secret, TOTP } from 'otpauth'

const PERIOD_SECONDS = 30

export const newTotpSecret = (): string => new Secret({ size: 20 }).base32

const totp = (secret: string, label = 'staff') =>
  new TOTP({ issuer: 'Care team inbox', label, secret: Secret.fromBase32(secret), period: PERIOD_SECONDS })

/** The otpauth:// URI an authenticator app reads from the QR code. */
export const totpUri = (secret: string, label: string): string => totp(secret, label).toString()

/**
 * The time step of a code that is right at `now`, or null. The caller stores it and refuses any
 * step not after it, so an observed code cannot be replayed.
 */
export function totpStep(secret: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null
  const timestamp = now.getTime()
  const delta = totp(secret).validate({ token: code, timestamp, window: 1 })
  return delta === null ? null : Math.floor(timestamp / 1000 / PERIOD_SECONDS) + delta
}

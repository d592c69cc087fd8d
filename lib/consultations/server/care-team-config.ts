/**
 * Care-team environment: mail, cancel links, staff sign-in. Separate from the booking config so
 * either can be read alone; parsed on first use (never at build) and every bad key is listed.
 *
 * Missing secrets switch features off, they never fall back to a built-in value: without
 * BOOKING_TOKEN_SECRET confirmations carry no cancel link (the patient is told to call), without
 * STAFF_PASSWORD_HASH or STAFF_SESSION_SECRET the staff inbox says sign-in is not configured,
 * without SMTP_URL messages stay queued until it is set.
 */
import 'server-only'
import { z } from 'zod'
import { int, optional, parseEnvSchema, secret } from '@/lib/env-schema'
import { isPasswordHash } from '@/lib/staff/password-format'

const schema = z.object({
  /** smtp://user:pass@host:587 or smtps://...:465 (nodemailer URL syntax). */
  SMTP_URL: optional(z.string().regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL')),
  /** Sender, e.g. "Care team <care@example.com>"; defaults to the clinic's e-mail from Site settings. */
  MAIL_FROM: optional(z.string().min(3).max(200)),
  /** Where new-request notices go; defaults to the clinic's e-mail from Site settings. */
  CLINIC_INTAKE_EMAIL: optional(z.email()),
  /** scrypt$N$r$p$salt$hash, made by `npm run staff:hash-password`. */
  STAFF_PASSWORD_HASH: optional(z.string().refine(isPasswordHash, 'must come from npm run staff:hash-password')),
  STAFF_SESSION_SECRET: secret,
  BOOKING_TOKEN_SECRET: secret,
  OUTBOX_POLL_SECONDS: int(1, 3600, 15),
  /** The staff access log holds no patient data and is kept longer than the bookings (6 years). */
  STAFF_ACCESS_LOG_RETENTION_DAYS: int(30, 36_500, 2190),
})

export type CareTeamConfig = z.infer<typeof schema>

export function parseCareTeamConfig(source: Record<string, string | undefined>): CareTeamConfig {
  return parseEnvSchema(schema, source, 'care-team ')
}

let cached: CareTeamConfig | undefined

export function careTeamConfig(): CareTeamConfig {
  cached ??= parseCareTeamConfig(process.env)
  return cached
}

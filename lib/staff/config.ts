/**
 * Staff sign-in environment. Parsed on first use (never at build); every bad key is listed.
 * There is no default password: without STAFF_PASSWORD_HASH or STAFF_SESSION_SECRET the staff
 * inbox says sign-in is not configured. How long the access log is kept is a retention setting
 * of the bookings database (lib/consultations/server/config.ts).
 */
import 'server-only'
import { z } from 'zod'
import { optional, parseEnvSchema, secret } from '@/lib/env-schema'
import { processSingleton } from '@/lib/process-singleton'
import { isPasswordHash } from './password-format'

const schema = z.object({
  /** scrypt$N$r$p$salt$hash, made by `npm run staff:hash-password`. */
  STAFF_PASSWORD_HASH: optional(z.string().refine(isPasswordHash, 'must come from npm run staff:hash-password')),
  STAFF_SESSION_SECRET: secret,
})

export type StaffConfig = z.infer<typeof schema>

export function parseStaffConfig(source: Record<string, string | undefined>): StaffConfig {
  return parseEnvSchema(schema, source, 'staff ')
}

export function staffConfig(): StaffConfig {
  return processSingleton('staff.config', () => parseStaffConfig(process.env))
}

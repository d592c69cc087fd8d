/**
 * Staff environment. Parsed on first use (and at server start, from instrumentation.ts); every
 * bad key is listed. Accounts live in the bookings database, so nothing here signs anyone in.
 *
 * STAFF_ORIGIN is where the inbox is served (its own origin is recommended, see the README);
 * passkeys are bound to its host name. Unset, the inbox lives on SITE_URL.
 */
import 'server-only'
import { z } from 'zod'
import { env } from '@/lib/env'
import { optional, parseEnvSchema } from '@/lib/env-schema'
import { log } from '@/lib/log'
import { processSingleton } from '@/lib/process-singleton'

const schema = z.object({
  STAFF_ORIGIN: optional(z.url({ protocol: /^https?$/ }).transform((value) => new URL(value).origin)),
  /** Gone since personal accounts: set, it is reported once at start (see the README, "Care team"). */
  STAFF_PASSWORD_HASH: optional(z.string()),
})

export interface StaffConfig {
  /** Scheme, host and port of the staff inbox. */
  origin: string
}

export function parseStaffConfig(source: Record<string, string | undefined>, siteUrl = env.SITE_URL): StaffConfig {
  const parsed = parseEnvSchema(schema, source, 'staff ')
  if (parsed.STAFF_PASSWORD_HASH) {
    log.warn('STAFF_PASSWORD_HASH is no longer read: staff sign in with personal accounts (npm run staff:invite)')
  }
  return { origin: parsed.STAFF_ORIGIN ?? new URL(siteUrl).origin }
}

export function staffConfig(): StaffConfig {
  return processSingleton('staff.config', () => parseStaffConfig(process.env))
}

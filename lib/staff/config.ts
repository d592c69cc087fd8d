/**
 * Staff settings. Accounts live in the bookings database, so nothing here signs anyone in.
 * The inbox's origin is STAFF_ORIGIN (its own host is recommended, see the README; lib/env.ts
 * parses it) or else SITE_URL; passkeys are bound to that origin's host name.
 */
import 'server-only'
import { env, type Env } from '@/lib/env'
import { log } from '@/lib/log'
import { processSingleton } from '@/lib/process-singleton'

export interface StaffConfig {
  /** Scheme, host and port of the staff inbox. */
  origin: string
}

export function parseStaffConfig(
  source: Record<string, string | undefined>,
  site: Pick<Env, 'SITE_URL' | 'STAFF_ORIGIN'> = env,
): StaffConfig {
  // Gone since personal accounts: a server that still has it is told once, at start.
  if (source.STAFF_PASSWORD_HASH) {
    log.warn('STAFF_PASSWORD_HASH is no longer read: staff sign in with personal accounts (npm run staff:invite)')
  }
  return { origin: new URL(site.STAFF_ORIGIN ?? site.SITE_URL).origin }
}

export function staffConfig(): StaffConfig {
  return processSingleton('staff.config', () => parseStaffConfig(process.env))
}

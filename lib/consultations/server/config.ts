/**
 * Booking environment, separate from lib/env.ts (site and Sanity settings). Parsed on first
 * use so `next build` never needs a database; a bad value fails with every bad key listed.
 *
 * Both retention periods of the bookings database live here, read by its one purge
 * (retention.ts). A missing BOOKING_TOKEN_SECRET switches cancel links off (the patient is told
 * to call); it never falls back to a built-in value.
 */
import 'server-only'
import { z } from 'zod'
import { blankToUndefined, int, optional, parseEnvSchema, secret } from '@/lib/env-schema'
import { processSingleton } from '@/lib/process-singleton'

const schema = z.object({
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')),
  // A folder for the embedded PGlite database, or "memory://" for a throwaway one.
  BOOKINGS_DATA_DIR: z.preprocess(blankToUndefined, z.string().min(1).default('.data/pglite')),
  // Matches the public privacy notice (/privacy): change both together.
  BOOKINGS_RETENTION_DAYS: int(1, 3650, 180),
  RATE_LIMIT_MAX: int(1, 10_000, 10),
  RATE_LIMIT_WINDOW_SECONDS: int(1, 86_400, 600),
  /** Free-times API requests per client per minute: far above what the booking form sends. */
  SLOTS_RATE_LIMIT_PER_MINUTE: int(1, 10_000, 60),
  /** Booking requests per phone number and per e-mail address in 24 hours, from any client. */
  CONTACT_RATE_LIMIT_PER_DAY: int(1, 1000, 3),
  /** Signs patients' cancel links (cancel-token.ts). */
  BOOKING_TOKEN_SECRET: secret,
  /** The staff access log holds no patient data and is kept longer than the bookings (6 years). */
  STAFF_ACCESS_LOG_RETENTION_DAYS: int(30, 36_500, 2190),
})

export type BookingConfig = z.infer<typeof schema>

export function parseBookingConfig(source: Record<string, string | undefined>): BookingConfig {
  return parseEnvSchema(schema, source, 'booking ')
}

export function bookingConfig(): BookingConfig {
  return processSingleton('consultations.config', () => parseBookingConfig(process.env))
}

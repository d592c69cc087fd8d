/**
 * Booking environment, separate from lib/env.ts (site and Sanity settings). Parsed on first
 * use so `next build` never needs a database; a bad value fails with every bad key listed.
 */
import 'server-only'
import { z } from 'zod'
import { blankToUndefined, int, optional, parseEnvSchema } from '@/lib/env-schema'

const schema = z.object({
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')),
  // A folder for the embedded PGlite database, or "memory://" for a throwaway one.
  BOOKINGS_DATA_DIR: z.preprocess(blankToUndefined, z.string().min(1).default('.data/pglite')),
  // Matches the public privacy notice (/privacy): change both together.
  BOOKINGS_RETENTION_DAYS: int(1, 3650, 180),
  RATE_LIMIT_MAX: int(1, 10_000, 10),
  RATE_LIMIT_WINDOW_SECONDS: int(1, 86_400, 600),
})

export type BookingConfig = z.infer<typeof schema>

export function parseBookingConfig(source: Record<string, string | undefined>): BookingConfig {
  return parseEnvSchema(schema, source, 'booking ')
}

let cached: BookingConfig | undefined

export function bookingConfig(): BookingConfig {
  cached ??= parseBookingConfig(process.env)
  return cached
}

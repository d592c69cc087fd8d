/**
 * Booking environment, separate from lib/env.ts (site and Sanity settings). Parsed on first
 * use so `next build` never needs a database; a bad value fails with every bad key listed.
 */
import 'server-only'
import { z } from 'zod'

const blankToUndefined = (value: unknown) => (value === '' ? undefined : value)
const int = (min: number, max: number, fallback: number) =>
  z.preprocess(blankToUndefined, z.coerce.number().int().min(min).max(max).default(fallback))

const schema = z.object({
  DATABASE_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
  ),
  // A folder for the embedded PGlite database, or "memory://" for a throwaway one.
  BOOKINGS_DATA_DIR: z.preprocess(blankToUndefined, z.string().min(1).default('.data/pglite')),
  // Matches the public privacy notice (/privacy): change both together.
  BOOKINGS_RETENTION_DAYS: int(1, 3650, 180),
  RATE_LIMIT_MAX: int(1, 10_000, 10),
  RATE_LIMIT_WINDOW_SECONDS: int(1, 86_400, 600),
})

export type BookingConfig = z.infer<typeof schema>

export function parseBookingConfig(source: Record<string, string | undefined>): BookingConfig {
  const result = schema.safeParse(source)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid booking environment variables:\n${problems.join('\n')}`)
  }
  return result.data
}

let cached: BookingConfig | undefined

export function bookingConfig(): BookingConfig {
  cached ??= parseBookingConfig(process.env)
  return cached
}

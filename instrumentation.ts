/**
 * Runs once when the server starts: a bad environment fails here with every bad key listed,
 * booking migrations run before the first patient submits the form, and the per-process timers
 * start (the retention purge with the bookings, the mail worker).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  await import('@/lib/env')
  // Rate limits: REDIS_URL without RATE_LIMIT_SECRET (or a bad value) fails here, not on a booking.
  const { rateLimitConfig } = await import('@/lib/rate-limit/config')
  rateLimitConfig()
  // Mail and staff sign-in: each checks its env (throws, listing bad keys).
  const { mailConfig } = await import('@/lib/mail/config')
  mailConfig()
  const { staffConfig } = await import('@/lib/staff/config')
  staffConfig()
  // Bookings: env, migrations, then the retention purge (at start and every six hours).
  const { startBookings, getBookingDb } = await import('@/lib/consultations/server/instance')
  await startBookings()
  const { startMailWorker } = await import('@/lib/mail/runtime')
  startMailWorker(getBookingDb)
}

/**
 * The real dependencies of the booking service: the process-wide store, limiter and queue,
 * and clinic settings and treatments from the content source (Sanity or the embedded seed).
 */
import 'server-only'
import { getSiteSettings, getTreatments } from '@/lib/content'
import { processSingleton } from '@/lib/process-singleton'
import { createRateLimiter } from '@/lib/rate-limit/create-rate-limiter'
import { createSerialQueue } from '@/lib/rate-limit/serial-queue'
import { bookingConfig } from './config'
import { getBookingStore } from './instance'
import type { BookingContext, BookingDeps } from './service'

// One limiter and queue per process, shared by the route handlers' and Server Actions' bundles.
function limits(): Pick<BookingDeps, 'limiter' | 'slotsLimiter' | 'contactLimiter' | 'queue'> {
  return processSingleton('consultations.limits', () => {
    const config = bookingConfig()
    return {
      // Shared by every instance through Redis when REDIS_URL is set, else this process's memory.
      limiter: createRateLimiter({
        name: 'booking',
        max: config.RATE_LIMIT_MAX,
        windowMs: config.RATE_LIMIT_WINDOW_SECONDS * 1000,
      }),
      slotsLimiter: createRateLimiter({ name: 'slots', max: config.SLOTS_RATE_LIMIT_PER_MINUTE, windowMs: 60_000 }),
      contactLimiter: createRateLimiter({
        name: 'booking-contact',
        max: config.CONTACT_RATE_LIMIT_PER_DAY,
        windowMs: 24 * 60 * 60 * 1000,
      }),
      queue: createSerialQueue(),
    }
  })
}

export async function loadBookingContext(): Promise<BookingContext> {
  const [settings, treatments] = await Promise.all([getSiteSettings(), getTreatments()])
  return { settings, treatmentSlugs: treatments.map((treatment) => treatment.slug) }
}

export async function getBookingDeps(): Promise<BookingDeps> {
  return {
    store: await getBookingStore(),
    ...limits(),
    loadContext: loadBookingContext,
    now: () => new Date(),
  }
}

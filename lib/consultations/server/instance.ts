/**
 * The process-wide booking store: opened and migrated once, on first use.
 * Kept on globalThis because Next.js bundles route handlers, pages and Server Actions
 * separately (and dev reloads modules): two PGlite instances on one folder would corrupt it.
 */
import 'server-only'
import { log } from '@/lib/log'
import { bookingConfig } from './config'
import { createPgliteDb, createPostgresDb, type Db } from './db'
import { migrate } from './migrate'
import { createBookingStore, safeErrorSummary, type BookingStore } from './store'

interface Instance {
  db: Db
  store: BookingStore
}

const PURGE_EVERY_MS = 6 * 3_600_000
const holder = globalThis as typeof globalThis & {
  __clinicBookings?: Promise<Instance>
  __clinicBookingsPurgedAt?: number
}

async function open(): Promise<Instance> {
  const config = bookingConfig()
  const db = config.DATABASE_URL
    ? await createPostgresDb(config.DATABASE_URL)
    : await createPgliteDb(config.BOOKINGS_DATA_DIR)
  const applied = await migrate(db)
  if (applied.length > 0) log.info('Booking migrations applied', { versions: applied.join(','), database: db.kind })
  return { db, store: createBookingStore(db) }
}

/** Deletes expired bookings at most every few hours; a failure only postpones it. */
async function purgeIfDue(store: BookingStore): Promise<void> {
  const now = Date.now()
  if (now - (holder.__clinicBookingsPurgedAt ?? 0) < PURGE_EVERY_MS) return
  holder.__clinicBookingsPurgedAt = now
  const retentionMs = bookingConfig().BOOKINGS_RETENTION_DAYS * 86_400_000
  try {
    const removed = await store.purgeEndedBefore(new Date(now - retentionMs))
    if (removed > 0) log.info('Expired bookings deleted', { count: removed })
  } catch (error) {
    log.error('Expired booking purge failed', safeErrorSummary(error))
  }
}

export async function getBookingStore(): Promise<BookingStore> {
  holder.__clinicBookings ??= open().catch((error: unknown) => {
    // Let the next request try again instead of caching the failure forever.
    holder.__clinicBookings = undefined
    throw error
  })
  const { store } = await holder.__clinicBookings
  void purgeIfDue(store)
  return store
}

/** The same process-wide database, for the mail outbox and the staff inbox. */
export async function getBookingDb(): Promise<Db> {
  await getBookingStore()
  const instance = await holder.__clinicBookings
  if (!instance) throw new Error('Booking database is not open')
  return instance.db
}

/**
 * For instrumentation.ts: checks the booking env (throws, listing bad keys) and applies
 * migrations when the server starts, not on the first booking. A database that is down
 * is logged and retried on first use, so the rest of the site still serves.
 */
export async function startBookings(): Promise<void> {
  bookingConfig()
  // Build workers run in parallel: several PGlite instances on one folder would corrupt it.
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  try {
    await getBookingStore()
  } catch (error) {
    log.error('Booking database unavailable at start; will retry on first use', safeErrorSummary(error))
  }
}

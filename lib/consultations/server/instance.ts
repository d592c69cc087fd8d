/**
 * The process-wide booking store: opened and migrated once, on first use. A process singleton
 * because Next.js bundles route handlers, pages and Server Actions separately (and dev reloads
 * modules): two PGlite instances on one folder would corrupt it.
 */
import 'server-only'
import { log } from '@/lib/log'
import { forgetProcessSingleton, processSingleton } from '@/lib/process-singleton'
import { bookingConfig } from './config'
import { createPgliteDb, createPostgresDb, type Db } from './db'
import { migrate } from './migrate'
import { startRetentionSchedule } from './retention'
import { createBookingStore, safeErrorSummary, type BookingStore } from './store'

interface Instance {
  db: Db
  store: BookingStore
}

const INSTANCE = 'consultations.instance'

async function open(): Promise<Instance> {
  const config = bookingConfig()
  const db = config.DATABASE_URL
    ? await createPostgresDb(config.DATABASE_URL)
    : await createPgliteDb(config.BOOKINGS_DATA_DIR)
  let applied: string[]
  try {
    applied = await migrate(db)
  } catch (error) {
    // Closed before the retry opens another: two PGlite instances must never share a folder.
    await db.close().catch(() => undefined)
    throw error
  }
  if (applied.length > 0) log.info('Booking migrations applied', { versions: applied.join(','), database: db.kind })
  return { db, store: createBookingStore(db) }
}

function instance(): Promise<Instance> {
  return processSingleton(INSTANCE, () =>
    open().catch((error: unknown) => {
      // Let the next request try again instead of caching the failure forever.
      forgetProcessSingleton(INSTANCE)
      throw error
    }),
  )
}

export async function getBookingStore(): Promise<BookingStore> {
  return (await instance()).store
}

/** The same process-wide database, for the mail outbox, the staff inbox and the retention purge. */
export async function getBookingDb(): Promise<Db> {
  return (await instance()).db
}

/**
 * For instrumentation.ts: checks the booking env (throws, listing bad keys), applies migrations
 * when the server starts, not on the first booking, and starts the retention schedule. A
 * database that is down is logged and retried on first use, so the rest of the site still serves.
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
  startRetentionSchedule(getBookingDb)
}

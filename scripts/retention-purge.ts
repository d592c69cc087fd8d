/**
 * `npm run retention:purge`: one run of the retention purge (lib/consultations/server/retention.ts):
 * bookings (with their outbox rows) whose call ended more than BOOKINGS_RETENTION_DAYS ago, and
 * staff access-log rows older than STAFF_ACCESS_LOG_RETENTION_DAYS. Every server process runs the
 * same function at start and every six hours.
 * With the embedded PGlite database, stop the server first: one process per data folder.
 */
import { getBookingDb } from '@/lib/consultations/server/instance'
import { purgeExpired, retentionPolicy } from '@/lib/consultations/server/retention'

async function main(): Promise<void> {
  const db = await getBookingDb()
  try {
    const result = await purgeExpired(db, retentionPolicy())
    console.info('Retention purge', JSON.stringify(result))
  } finally {
    await db.close()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('Retention purge failed:', error instanceof Error ? error.message : 'error')
    process.exit(1)
  },
)

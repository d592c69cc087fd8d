/**
 * `npm run retention:purge`: deletes bookings (with their outbox rows) whose call ended more
 * than BOOKINGS_RETENTION_DAYS ago, and staff access-log rows older than
 * STAFF_ACCESS_LOG_RETENTION_DAYS. The server's worker runs the same purge daily.
 * With the embedded PGlite database, stop the server first: one process per data folder.
 */
import { getBookingDb } from '@/lib/consultations/server/instance'
import { purgeWith } from '@/lib/mail/runtime'

async function main(): Promise<void> {
  const db = await getBookingDb()
  try {
    const result = await purgeWith(db)
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

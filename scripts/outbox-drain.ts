/**
 * `npm run outbox:drain`: sends every due message once, then exits (non-zero if any failed
 * or are in doubt). The server's worker does the same every OUTBOX_POLL_SECONDS; this is for
 * cron-style deployments and for flushing the queue after fixing SMTP_URL.
 * With the embedded PGlite database, stop the server first: one process per data folder.
 */
import { mailConfig } from '@/lib/mail/config'
import { getBookingDb } from '@/lib/consultations/server/instance'
import { outboxCounts } from '@/lib/mail/outbox'
import { drainWith } from '@/lib/mail/runtime'
import { createSmtpTransport } from '@/lib/mail/transport'

async function main(): Promise<number> {
  const { SMTP_URL, SMTP_ALLOW_PLAINTEXT_LOOPBACK } = mailConfig()
  if (!SMTP_URL) {
    console.error('Mail not configured: set SMTP_URL. Messages stay queued.')
    return 1
  }
  const db = await getBookingDb()
  const transport = createSmtpTransport(SMTP_URL, { allowPlaintextLoopback: SMTP_ALLOW_PLAINTEXT_LOOPBACK })
  try {
    const totals = { sent: 0, retried: 0, failed: 0, inDoubt: 0, skipped: 0 }
    // Passes until nothing due is left (retries are due later, so this ends).
    for (;;) {
      const pass = await drainWith(db, transport)
      for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += pass[key]
      if (pass.sent + pass.retried + pass.failed + pass.inDoubt + pass.skipped === 0) break
    }
    console.info('Outbox drained', JSON.stringify(totals), 'now', JSON.stringify(await outboxCounts(db)))
    return totals.failed + totals.inDoubt > 0 ? 2 : 0
  } finally {
    transport.close()
    await db.close()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Outbox drain failed:', error instanceof Error ? error.name : 'error')
    process.exit(1)
  },
)

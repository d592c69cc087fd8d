/**
 * `npm run staff:disable -- --email riley@clinic.example`
 * Ends the account: its sessions stop working at once, its unused links too, and it can no
 * longer sign in. The account stays (disabled) so the access log keeps naming it; inviting the
 * same e-mail address again enables it with a new link.
 * With the embedded PGlite database, stop the server first: one process per data folder.
 */
import { parseArgs } from 'node:util'
import { getBookingDb } from '@/lib/consultations/server/instance'
import { disableStaff, emailSchema } from '@/lib/staff/accounts'
import { logAccess } from '@/lib/staff/inbox'

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: 'string' } } })
  const email = emailSchema.safeParse(values.email ?? '')
  if (!email.success) {
    console.error('Usage: npm run staff:disable -- --email name@clinic.example')
    return 64
  }
  const db = await getBookingDb()
  try {
    const account = await disableStaff(db, email.data)
    if (!account) {
      console.error(`No active account for ${email.data}.`)
      return 1
    }
    await logAccess(db, { accountId: account.id, name: account.name, sessionId: null }, 'disable', [], 'cli')
    console.info(`Disabled ${account.name} <${account.email}>; their sessions have ended.`)
    return 0
  } finally {
    await db.close()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Disable failed:', error instanceof Error ? error.message : 'error')
    process.exit(1)
  },
)

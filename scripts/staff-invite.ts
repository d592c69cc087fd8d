/**
 * `npm run staff:invite -- --name "Riley Chen" --email riley@clinic.example --role intake`
 * Creates the account (or updates an existing one's name and role) and prints a one-time link
 * to set up its sign-in: a passkey, or a password with an authenticator app. The link expires
 * after --hours (default 72) and replaces any earlier link for that person; send it to them
 * yourself, over a channel you trust. The first admin is created the same way.
 * With the embedded PGlite database, stop the server first: one process per data folder.
 */
import { parseArgs } from 'node:util'
import { getBookingDb } from '@/lib/consultations/server/instance'
import { ENROLMENT_HOURS, inviteSchema, inviteStaff } from '@/lib/staff/accounts'
import { staffConfig } from '@/lib/staff/config'
import { paths } from '@/lib/routes'

const USAGE =
  'Usage: npm run staff:invite -- --name "Full Name" --email name@clinic.example --role intake|admin [--hours 72]'

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string' },
      hours: { type: 'string' },
    },
  })
  const invite = inviteSchema.safeParse(values)
  const hours = values.hours === undefined ? ENROLMENT_HOURS : Number(values.hours)
  if (!invite.success || !Number.isInteger(hours) || hours < 1 || hours > 24 * 14) {
    for (const issue of invite.error?.issues ?? []) console.error(`--${issue.path.join('.')}: ${issue.message}`)
    if (!Number.isInteger(hours) || hours < 1 || hours > 24 * 14) console.error('--hours: a whole number from 1 to 336')
    console.error(USAGE)
    return 64
  }
  const db = await getBookingDb()
  try {
    const { account, token, expiresAt } = await inviteStaff(db, invite.data, new Date(), hours)
    const link = new URL(paths.staffEnrol(token), staffConfig().origin).href
    console.info(`Account: ${account.name} <${account.email}>, ${account.role}`)
    console.info(`Sign-in set-up link (works once, until ${expiresAt.toISOString()}):`)
    console.info(link)
    return 0
  } finally {
    await db.close()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Invite failed:', error instanceof Error ? error.message : 'error')
    process.exit(1)
  },
)

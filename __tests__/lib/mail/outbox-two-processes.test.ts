/**
 * Issue 16: two instances on one PostgreSQL outbox send each message exactly once. Two real OS
 * processes run `npm run outbox:drain` (what a cron job on two hosts runs; the in-server worker
 * makes the same drainWith pass) at the same time against a schema of this file's own and an
 * SMTP server in this process. outbox.test.ts runs two workers in one process on one pool; this
 * is the deployed shape itself: the real script, its env parsing, and a pool and module state
 * (process singletons, the clinic-info cache) per process, meeting only in the database.
 *
 * Needs the PostgreSQL server (DATABASE_URL, as in CI); PGlite has one connection per data folder
 * and cannot be shared by two processes at all.
 */
import { spawn } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { Pool } from 'pg'
import { SMTPServer } from 'smtp-server'
import { createPostgresDb, type Db } from '@/lib/consultations/server/db'
import { migrate } from '@/lib/consultations/server/migrate'
import { createBookingStore } from '@/lib/consultations/server/store'
import { newBooking } from '../../helpers/new-booking'

const DATABASE_URL = process.env.DATABASE_URL
const ROOT = path.resolve(__dirname, '../../..')

/** Each booking with an e-mail address queues two messages: the care-team notice and the confirmation. */
const BOOKINGS = 40
const WORKERS = ['a', 'b'] as const
/** Each drain starts through npm and tsx (about 2 s alone, more on a busy machine). */
const DRAIN_TIMEOUT_MS = 60_000
/**
 * How long, from the first message, the first process waits for the other to show up. Below
 * nodemailer's 30 s socket timeout (lib/mail/transport.ts), so a lone worker is let through, not
 * timed out (the test then fails on "both sent", which says what went wrong).
 */
const START_MS = 15_000
/** Once both run, how long one waits for the other's next message (at the end there is none). */
const ROUND_MS = 250

jest.setTimeout(DRAIN_TIMEOUT_MS + 30_000)

const senderOf = (worker: string) => `care+${worker}@clinic.example`

interface Accepted {
  /** The envelope sender: each process has its own MAIL_FROM, so this says which one sent it. */
  sender: string
  messageId: string
}

/**
 * A local SMTP server that records the Message-ID (the outbox row's stable id, no patient data)
 * and sender of each accepted message. It also paces the two processes in step: each MAIL FROM
 * waits until the other sender has one waiting too, then both go on together. So the first
 * process to start cannot drain the outbox alone before the second runs, and afterwards the two
 * claim their next rows at nearly the same moment, round after round: the contention a broken
 * claim (no row lock, no lease check) would lose.
 */
async function startSmtp(senders: number) {
  const accepted: Accepted[] = []
  const seen = new Set<string>()
  let startDeadline: number | null = null
  let waiting: { sender: string; timer: NodeJS.Timeout; go: () => void } | null = null
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onMailFrom(address, _session, callback) {
      const sender = address.address
      seen.add(sender)
      startDeadline ??= Date.now() + START_MS
      const partner = waiting
      waiting = null
      if (partner && partner.sender !== sender) {
        partner.go()
        callback()
        return
      }
      // Nobody to pair with yet. One that waits in vain goes on alone: the other may have finished.
      const timer = setTimeout(
        () => {
          if (waiting?.timer === timer) waiting = null
          callback()
        },
        seen.size < senders ? Math.max(ROUND_MS, startDeadline - Date.now()) : ROUND_MS,
      )
      waiting = {
        sender,
        timer,
        go: () => {
          clearTimeout(timer)
          callback()
        },
      }
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const messageId = /^Message-ID:\s*(<[^>]+>)/im.exec(Buffer.concat(chunks).toString('utf8'))?.[1] ?? 'none'
        accepted.push({ sender: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', messageId })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    accepted,
    url: `smtp://127.0.0.1:${port}`,
    close: () => {
      if (waiting) clearTimeout(waiting.timer)
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/**
 * The same server and database with the schema chosen at connect time (libpq's `options`
 * parameter, which pg reads from the URL): the drain script opens DATABASE_URL as it would in
 * production and needs no test-only setting to land in this file's schema.
 */
function urlInSchema(url: string, schema: string): string {
  const parsed = new URL(url)
  parsed.searchParams.set('options', `-c search_path=${schema}`)
  return parsed.toString()
}

interface DrainRun {
  code: number | null
  /** The totals the process printed ("Outbox drained {...}"). */
  sent: number | null
  stderr: string
}

function parseSent(stdout: string): number | null {
  const json = /Outbox drained (\{[^}]*\})/.exec(stdout)?.[1]
  if (!json) return null
  const totals: unknown = JSON.parse(json)
  if (typeof totals !== 'object' || totals === null || !('sent' in totals)) return null
  return typeof totals.sent === 'number' ? totals.sent : null
}

/** `npm run outbox:drain` in a process (group) of its own, killed if it outlives DRAIN_TIMEOUT_MS. */
function drain(env: NodeJS.ProcessEnv): Promise<DrainRun> {
  const child = spawn('npm', ['run', '--silent', 'outbox:drain'], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const timer = setTimeout(() => {
    // npm runs sh, which runs tsx, which runs node: the whole group goes.
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
  }, DRAIN_TIMEOUT_MS)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, sent: parseSent(stdout), stderr })
    })
  })
}

const describeOnPostgres = DATABASE_URL ? describe : describe.skip
const title = DATABASE_URL
  ? 'outbox drained by two processes at once on PostgreSQL'
  : 'outbox drained by two processes at once on PostgreSQL (skipped: DATABASE_URL is not set; CI sets it)'

describeOnPostgres(title, () => {
  const url = DATABASE_URL ?? ''
  // One schema per test file and run, as in __tests__/helpers/database-targets.ts.
  const schema = `outbox_two_${process.pid}_${Date.now()}`
  let admin: Pool | undefined
  let db: Db | undefined
  let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined

  beforeAll(async () => {
    // Made here, not when jest collects the tests: a skipped run opens nothing.
    admin = new Pool({ connectionString: url, max: 1 })
    await admin.query(`CREATE SCHEMA ${schema}`)
    db = await createPostgresDb(url, { schema, maxConnections: 2 })
    await migrate(db)
    const store = createBookingStore(db)
    // On the hour, a month ahead: confirmations for calls in the past would be skipped.
    const first = Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 30 * 86_400_000
    for (let i = 0; i < BOOKINGS; i += 1) {
      const created = await store.create(
        newBooking(new Date(first + i * 3_600_000), { email: `patient${i}@example.com` }),
      )
      if (created.status !== 'created') throw new Error(`setup: booking ${i} was ${created.status}`)
    }
    smtp = await startSmtp(WORKERS.length)
  })

  afterAll(async () => {
    await smtp?.close()
    await db?.close()
    await admin?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
    await admin?.end()
  })

  it('sends every queued message exactly once, and both processes send some', async () => {
    if (!db || !smtp) throw new Error('setup failed')
    const mailbox = smtp
    const { rows: queued } = await db.query<{ id: string; booking_id: string }>(
      'SELECT id::text AS id, booking_id FROM booking_notifications ORDER BY id',
    )
    expect(queued).toHaveLength(BOOKINGS * 2)

    const childEnv = (worker: string): NodeJS.ProcessEnv => {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        DATABASE_URL: urlInSchema(url, schema),
        SMTP_URL: mailbox.url,
        // The server above has no certificate; the allowance covers loopback only.
        SMTP_ALLOW_PLAINTEXT_LOOPBACK: 'true',
        MAIL_FROM: `Care team <${senderOf(worker)}>`,
        CLINIC_INTAKE_EMAIL: 'intake@clinic.example',
        BOOKING_TOKEN_SECRET: 'x'.repeat(32),
      }
      // Clinic details come from the embedded seed dataset, never from a Sanity project.
      delete env.NEXT_PUBLIC_SANITY_PROJECT_ID
      return env
    }
    const runs = await Promise.all(WORKERS.map((worker) => drain(childEnv(worker))))

    runs.forEach((run, i) => {
      // Shown on failure: stderr carries error classes and counts only, nothing about a patient.
      expect({ worker: WORKERS[i], code: run.code, stderr: run.stderr }).toMatchObject({ worker: WORKERS[i], code: 0 })
    })

    // Exactly once: the accepted Message-IDs are the queued rows' ids, each one time.
    const expected = queued.map((row) => `<notification-${row.id}.${row.booking_id}@clinic.example>`).sort()
    expect(mailbox.accepted.map((mail) => mail.messageId).sort()).toEqual(expected)

    // They competed: each process sent some, and what each says it sent is what the server got from it.
    const bySender = WORKERS.map((worker) => mailbox.accepted.filter((mail) => mail.sender === senderOf(worker)).length)
    expect(Math.min(...bySender)).toBeGreaterThan(0)
    expect(runs.map((run) => run.sent)).toEqual(bySender)

    // Every row sent, each claimed once: a second claim of a row (a lost lock or lease) shows as attempts 2.
    const { rows: states } = await db.query<{ state: string; attempts: number; count: number }>(
      'SELECT state, attempts, count(*)::int AS count FROM booking_notifications GROUP BY state, attempts',
    )
    expect(states).toEqual([{ state: 'sent', attempts: 1, count: BOOKINGS * 2 }])
  })
})

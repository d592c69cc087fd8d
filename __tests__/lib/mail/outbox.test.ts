/**
 * The outbox against a real SMTP server in this process (smtp-server) and the real database
 * (PGlite, and PostgreSQL too when DATABASE_URL is set): delivery, retry after a refusal or an
 * outage, failure after repeated refusals, and no second send after a crash between the SMTP
 * hand-over and recording it.
 */
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import type { Db } from '@/lib/consultations/server/db'
import { databaseTargets } from '../../helpers/database-targets'
import { migrate } from '@/lib/consultations/server/migrate'
import { createBookingStore, type NewBooking } from '@/lib/consultations/server/store'
import type { ClinicInfo } from '@/lib/mail/messages'
import { createSmtpTransport, type MailTransport } from '@/lib/mail/transport'
import { drainOutbox, REFUSALS_BEFORE_FAILED, type DrainDeps } from '@/lib/mail/worker'
import { newBooking } from '../../helpers/new-booking'

jest.setTimeout(60_000)

interface Received {
  from: string
  to: string[]
  raw: string
}

/** A local SMTP server that records what it accepts and can be told to refuse. */
async function startSmtp() {
  const received: Received[] = []
  const control = { refuse: 0, refuseCode: 451 }
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        if (control.refuse > 0) {
          control.refuse -= 1
          callback(Object.assign(new Error('Not now'), { responseCode: control.refuseCode }))
          return
        }
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    received,
    control,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

const targets = databaseTargets('outbox_test')

/**
 * A raw message as a person would read it: soft line breaks joined, quoted-printable and
 * base64 parts and RFC 2047 headers decoded (all UTF-8).
 */
function readable(raw: string): string {
  // Byte by byte (latin1) until the end, then read as UTF-8 once.
  const bytes = raw
    .replace(/\?=\s+(?==\?UTF-8\?)/gi, '?=')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('latin1') : text.replace(/_/g, ' '),
    )
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  const base64Parts = [
    ...raw.matchAll(/Content-Transfer-Encoding: base64\r?\n(?:.+\r?\n)*?\r?\n([A-Za-z0-9+/=\r\n]+)/g),
  ].map((match) => Buffer.from((match[1] ?? '').replace(/\r?\n/g, ''), 'base64').toString('utf8'))
  return [Buffer.from(bytes, 'latin1').toString('utf8'), ...base64Parts].join('\n')
}

const clinic: ClinicInfo = {
  clinicName: 'Test Clinic',
  phone: { e164: '+15035550100', display: '(503) 555-0100' },
  email: 'care@clinic.example',
  timeZone: 'America/Los_Angeles',
}

let slot = 0
function booking(overrides: Partial<NewBooking> = {}): NewBooking {
  slot += 1
  return newBooking(new Date(Date.UTC(2031, 0, 1, 9) + slot * 3_600_000), {
    treatmentSlug: 'ketamine-iv-therapy',
    ...overrides,
  })
}

describe.each(targets)('outbox on $name', (target) => {
  let db: Db
  let smtp: Awaited<ReturnType<typeof startSmtp>>
  let transport: MailTransport

  const deps = (overrides: Partial<DrainDeps> = {}): DrainDeps => ({
    db,
    transport,
    clinic: async () => clinic,
    intakeEmail: 'intake@clinic.example',
    mailFrom: 'Care team <care@clinic.example>',
    tokenSecret: 'x'.repeat(32),
    siteUrl: 'https://clinic.example',
    ...overrides,
  })

  const states = async (reference: string) =>
    (
      await db.query<{ kind: string; state: string; attempts: number; last_error: string | null }>(
        `SELECT n.kind, n.state, n.attempts, n.last_error FROM booking_notifications n
           JOIN bookings b ON b.id = n.booking_id WHERE b.reference = $1 ORDER BY n.id`,
        [reference],
      )
    ).rows

  /** Makes every pending retry due now (instead of waiting out the backoff). */
  const makeDue = () => db.query(`UPDATE booking_notifications SET next_attempt_at = now() WHERE state = 'pending'`)

  async function book(overrides: Partial<NewBooking> = {}) {
    const result = await createBookingStore(db).create(booking(overrides))
    if (result.status !== 'created') throw new Error('setup: booking not created')
    return result.reference
  }

  beforeAll(async () => {
    db = await target.open()
    await migrate(db)
    smtp = await startSmtp()
    // The test server has no STARTTLS: on loopback that takes the explicit allowance.
    transport = createSmtpTransport(smtp.url, { allowPlaintextLoopback: true })
  })
  afterAll(async () => {
    transport.close()
    await smtp.close()
    await db.close()
    await target.dispose()
  })
  beforeEach(async () => {
    // Each test starts with an empty outbox and an empty mailbox.
    await db.query('DELETE FROM booking_notifications')
    smtp.received.length = 0
    smtp.control.refuse = 0
  })

  it('delivers the care-team notice and the patient confirmation once each', async () => {
    const reference = await book({ email: 'alex@example.com' })
    const result = await drainOutbox(deps())
    expect(result).toEqual({ sent: 2, retried: 0, failed: 0, inDoubt: 0, skipped: 0 })
    expect(smtp.received.map((m) => m.to)).toEqual([['intake@clinic.example'], ['alex@example.com']])
    expect(smtp.received.every((m) => m.from === 'care@clinic.example')).toBe(true)
    const [notice, confirmation] = smtp.received
    expect(notice?.raw).toMatch(/^Subject: New consultation request [0-9A-Z]{10}\r?$/m)
    expect(notice?.raw).not.toMatch(/Alex|2125550123|ketamine/i)
    expect(confirmation?.raw).toMatch(/^Subject: Your phone call is booked\r?$/m)
    expect(confirmation?.raw).toMatch(/Content-Type: text\/calendar/)
    expect(confirmation?.raw).toMatch(/^Message-ID:\s+<notification-\d+\.[0-9a-f-]{36}@clinic\.example>\r?$/m)
    expect(confirmation?.raw).not.toMatch(/ketamine|Rivera|2125550123/i)
    expect((await states(reference)).map((row) => row.state)).toEqual(['sent', 'sent'])
    // A second pass finds nothing to do.
    expect((await drainOutbox(deps())).sent).toBe(0)
    expect(smtp.received).toHaveLength(2)
  })

  it("writes a Spanish request's confirmation in Spanish, with the Spanish cancel page, and names the language to the care team", async () => {
    await book({ email: 'ana@example.com', language: 'es' })
    await drainOutbox(deps())
    const [notice, confirmation] = smtp.received.map((mail) => readable(mail.raw))
    expect(notice).toContain('Language: Spanish (please call back in this language)')
    expect(confirmation).toContain('Subject: Su llamada telefónica está reservada')
    expect(confirmation).toContain('Su llamada telefónica gratuita está reservada para:')
    expect(confirmation).toMatch(/https:\/\/clinic\.example\/es\/consulta\/cancelar\?token=[\w.-]+/)
    expect(confirmation).toContain('llamada-telefonica.ics')
    expect(confirmation).toContain('SUMMARY:Llamada telefónica')
  })

  it('links the care team to the inbox on its own host when there is one (STAFF_ORIGIN)', async () => {
    await book()
    await drainOutbox(deps())
    await book()
    await drainOutbox(deps({ staffUrl: 'https://staff.clinic.example' }))
    const [onSite, onStaffHost] = smtp.received.map((mail) => mail.raw.replace(/=\r?\n/g, ''))
    expect(onSite).toContain('https://clinic.example/staff')
    expect(onStaffHost).toContain('https://staff.clinic.example/staff')
  })

  it('retries after the server refuses for now (4xx), with backoff, and then delivers', async () => {
    const reference = await book()
    smtp.control.refuse = 1
    smtp.control.refuseCode = 451
    expect(await drainOutbox(deps())).toMatchObject({ sent: 0, retried: 1 })
    expect(await states(reference)).toEqual([
      { kind: 'booking-requested', state: 'pending', attempts: 1, last_error: '451' },
    ])
    // Backoff: not due again straight away.
    expect((await drainOutbox(deps())).sent).toBe(0)
    await makeDue()
    expect(await drainOutbox(deps())).toMatchObject({ sent: 1, retried: 0 })
    expect(smtp.received).toHaveLength(1)
    expect((await states(reference))[0]).toMatchObject({ state: 'sent', attempts: 2 })
  })

  it('keeps messages through an outage (nothing listening) and sends them afterwards', async () => {
    const reference = await book()
    const down = createSmtpTransport('smtp://127.0.0.1:1')
    try {
      expect(await drainOutbox(deps({ transport: down }))).toMatchObject({ sent: 0, retried: 1 })
    } finally {
      down.close()
    }
    expect((await states(reference))[0]).toMatchObject({ state: 'pending', attempts: 1 })
    await makeDue()
    expect((await drainOutbox(deps())).sent).toBe(1)
    expect(smtp.received).toHaveLength(1)
  })

  it(`records a message refused for good (5xx) as failed after ${REFUSALS_BEFORE_FAILED} attempts`, async () => {
    const reference = await book()
    smtp.control.refuse = 10
    smtp.control.refuseCode = 554
    for (let i = 0; i < REFUSALS_BEFORE_FAILED; i += 1) {
      await makeDue()
      await drainOutbox(deps())
    }
    expect(await states(reference)).toEqual([
      { kind: 'booking-requested', state: 'failed', attempts: REFUSALS_BEFORE_FAILED, last_error: '554' },
    ])
    await makeDue()
    expect(await drainOutbox(deps())).toMatchObject({ sent: 0, retried: 0, failed: 0 })
    expect(smtp.received).toHaveLength(0)
  })

  it('does not send twice after a crash between the SMTP hand-over and recording it', async () => {
    const reference = await book()
    // The database write that records the send fails, as if the process died right there.
    const crashing: Db = {
      ...db,
      query: async <T>(sql: string, params?: readonly unknown[]) => {
        if (sql.includes("SET state = 'sent'")) throw new Error('process killed')
        return db.query<T>(sql, params)
      },
    }
    await expect(drainOutbox(deps({ db: crashing }))).rejects.toThrow('process killed')
    expect(smtp.received).toHaveLength(1)
    expect((await states(reference))[0]).toMatchObject({ state: 'sending' })

    // While the lease runs, nobody touches it; once it has run out, it is settled as in doubt.
    expect(await drainOutbox(deps())).toMatchObject({ sent: 0, inDoubt: 0 })
    await db.query(`UPDATE booking_notifications SET locked_until = now() - interval '1 second'`)
    await makeDue()
    expect(await drainOutbox(deps())).toMatchObject({ sent: 0, inDoubt: 1 })
    expect(await drainOutbox(deps())).toMatchObject({ sent: 0, inDoubt: 0 })
    expect(smtp.received).toHaveLength(1)
    expect((await states(reference))[0]).toMatchObject({ state: 'in-doubt', last_error: 'lease-expired' })
  })

  it('re-sends a message whose worker died before handing it over (lease expired while pending)', async () => {
    const reference = await book()
    // Claimed by a worker that then vanished: pending, with a lease that has run out.
    await db.query(
      `UPDATE booking_notifications SET lease_id = gen_random_uuid(), locked_until = now() - interval '1 second', attempts = 1`,
    )
    expect((await drainOutbox(deps())).sent).toBe(1)
    expect((await states(reference))[0]).toMatchObject({ state: 'sent', attempts: 2 })
  })

  it('skips a confirmation whose booking was cancelled before it went out', async () => {
    const store = createBookingStore(db)
    const created = await store.create(booking({ email: 'sam@example.com' }))
    if (created.status !== 'created') throw new Error('setup')
    const { rows } = await db.query<{ id: string }>('SELECT id FROM bookings WHERE reference = $1', [created.reference])
    await store.cancel(rows[0]?.id ?? '', new Date())
    const result = await drainOutbox(deps())
    // The care-team notice and the cancellation notice go; the confirmation does not.
    expect(result).toMatchObject({ sent: 2, skipped: 1 })
    expect(smtp.received.map((m) => m.to[0])).toEqual(['intake@clinic.example', 'intake@clinic.example'])
  })

  it('lets two workers drain one outbox without sending anything twice', async () => {
    for (let i = 0; i < 6; i += 1) await book({ email: `p${i}@example.com` })
    const results = await Promise.all([drainOutbox(deps()), drainOutbox(deps())])
    expect(results[0].sent + results[1].sent).toBe(12)
    expect(smtp.received).toHaveLength(12)
    const ids = smtp.received.map((m) => /^Message-ID:\s+(<[^>]+>)/m.exec(m.raw)?.[1])
    expect(new Set(ids).size).toBe(12)
  })
})

// Care team in a real browser: a patient books (JSON API), the confirmation e-mail arrives at
// an in-process SMTP server, the patient cancels through its link; staff sign in (wrong
// password first), see the booking, mark it contacted, export CSV; axe on every staff page.
/** @import { Browser } from 'playwright-core' */
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { after, before, test } from 'node:test'
import { SMTPServer } from 'smtp-server'
import { DESKTOP_VIEWPORT, PHONE_VIEWPORT, expectNoAxeViolations, freeSlots, launchBrowser, url } from './helpers.mjs'

const password = process.env.E2E_STAFF_PASSWORD ?? ''
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 0)
const patientName = `Jordan Staffcheck ${Date.now().toString(36)}`
const patientEmail = `jordan.${Date.now().toString(36)}@example.com`

/** @typedef {{ to: string[], raw: string }} Mail */

/** @type {Browser} */
let browser
/** @type {SMTPServer | undefined} */
let smtp
/** @type {Mail[]} */
const mailbox = []

before(async () => {
  browser = await launchBrowser()
  if (smtpPort) {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        /** @type {Buffer[]} */
        const chunks = []
        stream.on('data', (chunk) => chunks.push(chunk))
        stream.on('end', () => {
          mailbox.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          })
          callback()
        })
      },
    })
    await new Promise((resolve) => server.listen(smtpPort, '127.0.0.1', () => resolve(undefined)))
    smtp = server
  }
})
after(async () => {
  await browser?.close()
  await new Promise((resolve) => (smtp ? smtp.close(() => resolve(undefined)) : resolve(undefined)))
})

/**
 * Quoted-printable soft breaks and escapes, enough to read a link out of a text body.
 * @param {string} text
 */
const decodeQp = (text) =>
  text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (/** @type {string} */ _, /** @type {string} */ hex) =>
      String.fromCharCode(parseInt(hex, 16)),
    )

/** @param {(mail: Mail) => boolean} predicate */
async function waitForMail(predicate, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const found = mailbox.find(predicate)
    if (found) return found
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error('expected e-mail did not arrive')
}

/** @type {{ slotStart: string, reference: string } | undefined} */
let booked

test(
  'a patient books; the confirmation mail carries a cancel link that works once',
  { skip: !password && 'run through npm run test:e2e' },
  async () => {
    // The last offered slot: far from those the booking tests take.
    const slotStart = (await freeSlots('America/Denver')).at(-1)
    assert.ok(slotStart, 'a free slot')
    const response = await fetch(url('/api/consultations'), {
      method: 'POST',
      // Its own client address, so the booking tests' rate limit does not apply to this one.
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.55' },
      body: JSON.stringify({
        name: patientName,
        phone: '+13035550147',
        email: patientEmail,
        slotStart,
        timeZone: 'America/Denver',
        consent: true,
      }),
    })
    assert.equal(response.status, 201)
    /** @type {string} */
    const reference = (await response.json()).reference
    booked = { slotStart, reference }

    if (!smtpPort) return
    const confirmation = await waitForMail((mail) => mail.to.includes(patientEmail))
    const text = decodeQp(confirmation.raw)
    assert.match(text, /^Subject: Your phone call is booked\r?$/m)
    assert.doesNotMatch(text, /ketamine|Staffcheck/i, 'no treatment or name in the confirmation')
    assert.match(text, /Content-Type: text\/calendar/)
    const notice = await waitForMail((mail) => mail.raw.includes(reference) && !mail.to.includes(patientEmail))
    assert.doesNotMatch(decodeQp(notice.raw), /Staffcheck|3035550147/, 'no name or phone in the care-team notice')

    const link = /https?:\/\/\S+\/consultation\/cancel\?token=([A-Za-z0-9_.-]+)/.exec(text)
    assert.ok(link, 'the confirmation has a cancel link')
    const cancelPath = `/consultation/cancel?token=${link[1]}`
    const context = await browser.newContext({ viewport: PHONE_VIEWPORT })
    const page = await context.newPage()
    await page.goto(url(cancelPath))
    await page.getByRole('heading', { level: 1, name: 'Cancel your call' }).waitFor()
    assert.match((await page.locator('meta[name="robots"]').getAttribute('content')) ?? '', /noindex/)
    assert.equal(await page.locator('meta[name="referrer"]').getAttribute('content'), 'no-referrer')
    await expectNoAxeViolations(page, 'cancel page')
    await page.getByRole('button', { name: 'Cancel this call' }).click()
    await page.getByText(/is cancelled\. The time is free for someone else/).waitFor()
    assert.ok((await freeSlots('America/Denver')).includes(slotStart), 'the slot is offered again')

    // The same link again: a clear message, no form.
    await page.goto(url(cancelPath))
    await page.getByText(/This link has already been used/).waitFor()
    assert.equal(await page.getByRole('button', { name: 'Cancel this call' }).count(), 0)
    // A tampered link.
    await page.goto(url(`${cancelPath.slice(0, -3)}AAA`))
    await page.getByText(/not complete or not valid/).waitFor()
    await context.close()

    // Book again (same time) for the staff test below.
    const again = await fetch(url('/api/consultations'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.56' },
      body: JSON.stringify({
        name: patientName,
        phone: '+13035550147',
        slotStart,
        timeZone: 'America/Denver',
        consent: true,
      }),
    })
    assert.equal(again.status, 201)
    booked = { slotStart, reference: (await again.json()).reference }
  },
)

test(
  'staff routes refuse visitors and stay out of search engines',
  { skip: !password && 'run through npm run test:e2e' },
  async () => {
    const exported = await fetch(url('/staff/export'), { redirect: 'manual' })
    assert.equal(exported.status, 401)
    const inbox = await fetch(url('/staff'), { redirect: 'manual' })
    assert.ok([303, 307, 308].includes(inbox.status), `GET /staff without a session redirects (got ${inbox.status})`)
    assert.match(inbox.headers.get('location') ?? '', /\/staff\/sign-in$/)
    const robots = await (await fetch(url('/robots.txt'))).text()
    assert.match(robots, /^Disallow: \/staff$/m)
    const sitemap = await (await fetch(url('/sitemap.xml'))).text()
    assert.doesNotMatch(sitemap, /\/staff/)
  },
)

test(
  'staff sign in, see the booking, mark it contacted and export CSV',
  { skip: !password && 'run through npm run test:e2e' },
  async () => {
    assert.ok(booked, 'the booking test ran first')
    const { reference } = booked
    for (const viewport of [DESKTOP_VIEWPORT]) {
      const context = await browser.newContext({ viewport, acceptDownloads: true })
      const page = await context.newPage()
      await page.goto(url('/staff'))
      await page.waitForURL(/\/staff\/sign-in$/)
      assert.match((await page.locator('meta[name="robots"]').getAttribute('content')) ?? '', /noindex/)
      assert.equal(await page.locator('header nav').count(), 0, 'no public site chrome')
      await expectNoAxeViolations(page, '/staff/sign-in')

      await page.getByLabel('Your name').fill('Riley (e2e)')
      await page.getByLabel('Staff password').fill('not the password')
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page
        .getByRole('alert')
        .getByText(/not right/)
        .waitFor()
      assert.equal(
        await page.getByLabel('Your name').inputValue(),
        'Riley (e2e)',
        'the name is kept after a failed attempt',
      )
      await expectNoAxeViolations(page, '/staff/sign-in with an error')

      await page.getByLabel('Staff password').fill(password)
      // By keyboard: Enter submits.
      await page.getByLabel('Staff password').press('Enter')
      await page.waitForURL(/\/staff$/)
      const [cookie] = (await context.cookies()).filter((c) => c.name === '__Host-staff_session')
      assert.ok(cookie, 'session cookie set')
      assert.equal(cookie.httpOnly, true)
      assert.equal(cookie.secure, true)
      assert.equal(cookie.sameSite, 'Strict')
      assert.equal(cookie.path, '/')

      const card = page.locator('li', { hasText: reference })
      await card.getByText(patientName).waitFor()
      await card.getByText('+13035550147').waitFor()
      await expectNoAxeViolations(page, '/staff')

      await card.getByRole('button', { name: 'Contacted' }).click()
      await page.getByRole('status').getByText('Marked as contacted.').waitFor()
      await page
        .locator('li', { hasText: reference })
        .getByText(/Contacted, by Riley \(e2e\)/)
        .waitFor()
      assert.equal(
        await page
          .locator('li', { hasText: reference })
          .getByRole('button', { name: 'Contacted' })
          .getAttribute('aria-pressed'),
        'true',
      )

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Export CSV' }).click(),
      ])
      assert.match(download.suggestedFilename(), /^consultation-requests-\d{4}-\d{2}-\d{2}\.csv$/)
      const csv = await readFile(await download.path(), 'utf8')
      const row = csv.split('\r\n').find((line) => line.startsWith(reference))
      assert.ok(row, 'the booking is in the export')
      assert.ok(
        row.includes(patientName) && row.includes('+13035550147') && row.includes(',contacted,Riley (e2e),'),
        row,
      )

      // On a phone the inbox fits the screen.
      await page.setViewportSize(PHONE_VIEWPORT)
      await page.reload()
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      assert.ok(overflow <= 0, `no sideways scroll at 390 px (${overflow}px)`)
      await expectNoAxeViolations(page, '/staff on a phone')

      await page.getByRole('button', { name: 'Sign out' }).click()
      await page.waitForURL(/\/staff\/sign-in$/)
      assert.equal((await context.cookies()).filter((c) => c.name === '__Host-staff_session').length, 0)
      await context.close()
    }
  },
)

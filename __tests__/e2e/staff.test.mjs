// Care team in a real browser: a patient books (JSON API), the confirmation e-mail arrives at
// an in-process SMTP server, the patient cancels through its link. An admin enrols a passkey
// (Chromium's virtual authenticator over CDP), sees the booking, marks it contacted, exports
// CSV and signs out, and the old session cookie no longer works; an intake account enrols a
// password and authenticator app and signs in with a TOTP code. axe on every staff page.
/** @import { Browser } from 'playwright-core' */
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { after, before, test } from 'node:test'
import { Secret, TOTP } from 'otpauth'
import { SMTPServer } from 'smtp-server'
import { DESKTOP_VIEWPORT, PHONE_VIEWPORT, expectNoAxeViolations, freeSlots, launchBrowser, url } from './helpers.mjs'

// Set by run.mjs when it starts the server and invites the two accounts.
const staffOrigin = process.env.E2E_STAFF_ORIGIN ?? ''
const enrolAdmin = process.env.E2E_ENROL_ADMIN ?? ''
const enrolIntake = process.env.E2E_ENROL_INTAKE ?? ''
const ownServer = Boolean(staffOrigin && enrolAdmin && enrolIntake)
/** @param {string} path */
const staffUrl = (path) => new URL(path, staffOrigin).href
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
  { skip: !ownServer && 'run through npm run test:e2e' },
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
  'staff routes refuse visitors, live only on the staff origin, and stay out of search engines',
  { skip: !ownServer && 'run through npm run test:e2e' },
  async () => {
    // The public host has no inbox (STAFF_ORIGIN is another host), however it is spelled.
    for (const path of ['/staff', '/staff/sign-in', '/STAFF/export', '/%73taff']) {
      const response = await fetch(url(path), { redirect: 'manual' })
      assert.equal(response.status, 404, `${path} on the public host`)
    }
    // And the staff host serves nothing but the inbox.
    assert.equal((await fetch(staffUrl('/treatments'), { redirect: 'manual' })).status, 404)
    const exported = await fetch(staffUrl('/staff/export'), { redirect: 'manual' })
    assert.equal(exported.status, 401)
    const inbox = await fetch(staffUrl('/staff'), { redirect: 'manual' })
    assert.ok([303, 307, 308].includes(inbox.status), `GET /staff without a session redirects (got ${inbox.status})`)
    assert.match(inbox.headers.get('location') ?? '', /\/staff\/sign-in$/)
    const robots = await (await fetch(url('/robots.txt'))).text()
    assert.match(robots, /^Disallow: \/staff$/m)
    const sitemap = await (await fetch(url('/sitemap.xml'))).text()
    assert.doesNotMatch(sitemap, /\/staff/)
  },
)

/** @param {import('playwright-core').Page} page */
const sessionCookieOf = async (page) =>
  (await page.context().cookies()).find((cookie) => cookie.name === '__Host-staff_session')

/** A request made in Spanish (issue 14): the inbox test below checks the language shows. */
/** @type {string | undefined} */
let spanishReference

test(
  'a patient books in Spanish: the e-mail, its calendar file and its cancel link are in Spanish',
  { skip: !ownServer && 'run through npm run test:e2e' },
  async () => {
    const slotStart = (await freeSlots('America/Denver')).at(-3)
    assert.ok(slotStart, 'a free slot')
    const spanishEmail = `ana.${Date.now().toString(36)}@example.com`
    const response = await fetch(url('/api/consultations'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.57' },
      body: JSON.stringify({
        name: `Ana Staffcheck ${Date.now().toString(36)}`,
        phone: '+13035550148',
        email: spanishEmail,
        slotStart,
        timeZone: 'America/Denver',
        consent: true,
        language: 'es',
      }),
    })
    assert.equal(response.status, 201)
    spanishReference = (await response.json()).reference

    if (!smtpPort) return
    const confirmation = await waitForMail((mail) => mail.to.includes(spanishEmail))
    const text = Buffer.from(decodeQp(confirmation.raw), 'latin1').toString('utf8')
    assert.match(text, /Su llamada telefónica gratuita está reservada para:/)
    assert.match(text, /llamada-telefonica\.ics/)
    assert.match(text, /https?:\/\/\S+\/es\/consulta\/cancelar\?token=[A-Za-z0-9_.-]+/)
    const notice = await waitForMail(
      (mail) => mail.raw.includes(spanishReference ?? '?') && !mail.to.includes(spanishEmail),
    )
    assert.match(decodeQp(notice.raw), /Language: Spanish/, 'the care team is told the language, in English')
  },
)

test(
  'an admin enrols a passkey, works the inbox, signs out, and the old session is dead',
  { skip: !ownServer && 'run through npm run test:e2e' },
  async () => {
    assert.ok(booked, 'the booking test ran first')
    const { reference } = booked
    const context = await browser.newContext({ viewport: DESKTOP_VIEWPORT, acceptDownloads: true })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('WebAuthn.enable')
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    })

    await page.goto(staffUrl(enrolAdmin))
    await page.getByRole('heading', { level: 1, name: 'Set up your sign-in' }).waitFor()
    assert.equal(await page.locator('meta[name="referrer"]').getAttribute('content'), 'no-referrer')
    assert.equal(await page.locator('header nav').count(), 0, 'no public site chrome')
    await expectNoAxeViolations(page, '/staff/enrol')
    await page.getByRole('button', { name: 'Create a passkey' }).click()
    await page.waitForURL(/\/staff$/)
    const cookie = await sessionCookieOf(page)
    assert.ok(cookie, 'session cookie set')
    assert.equal(cookie.httpOnly, true)
    assert.equal(cookie.secure, true)
    assert.equal(cookie.sameSite, 'Strict')
    assert.equal(cookie.path, '/')

    // The link worked once.
    const again = await context.newPage()
    await again.goto(staffUrl(enrolAdmin))
    await again.getByRole('heading', { level: 1, name: 'This link cannot be used' }).waitFor()
    await again.close()

    const card = page.locator('li', { hasText: reference })
    await card.getByText(patientName).waitFor()
    await card.getByText('+13035550147').waitFor()
    if (spanishReference) {
      // The care team calls back in the patient's language.
      await page
        .locator('li', { hasText: spanishReference })
        .getByText('Spanish (call back in this language)')
        .waitFor()
    }
    await expectNoAxeViolations(page, '/staff')
    await card.getByRole('button', { name: 'Contacted' }).click()
    await page.getByRole('status').getByText('Marked as contacted.').waitFor()
    await page
      .locator('li', { hasText: reference })
      .getByText(/Contacted, by Ada Admin \(e2e\)/)
      .waitFor()

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ])
    const csv = await readFile(await download.path(), 'utf8')
    const row = csv.split('\r\n').find((line) => line.startsWith(reference))
    assert.ok(row?.includes(',contacted,Ada Admin (e2e),'), row)
    assert.match(row ?? '', /,English$/, 'the preferred language is the last column')
    if (spanishReference) {
      const spanishRow = csv.split('\r\n').find((line) => line.startsWith(spanishReference ?? '?'))
      assert.match(spanishRow ?? '', /,Spanish$/, spanishRow)
    }

    // Admin views: accounts and the access log, which names this account.
    await page.getByRole('link', { name: 'Accounts' }).click()
    await page.getByRole('rowheader', { name: 'Riley Intake (e2e)' }).waitFor()
    await expectNoAxeViolations(page, '/staff?view=accounts')
    await page.getByRole('link', { name: 'Access log' }).click()
    await page.getByRole('heading', { level: 2, name: 'Access log' }).waitFor()
    // The newest entries: her export of a moment ago, under her account's name. (Not her sign-in:
    // on a database with many requests, the views since then fill the newest 200.)
    assert.match((await page.locator('tbody').textContent()) ?? '', /Ada Admin \(e2e\)exported/)
    await expectNoAxeViolations(page, '/staff?view=log')

    // On a phone the inbox fits the screen.
    await page.setViewportSize(PHONE_VIEWPORT)
    await page.goto(staffUrl('/staff'))
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    assert.ok(overflow <= 0, `no sideways scroll at 390 px (${overflow}px)`)
    await expectNoAxeViolations(page, '/staff on a phone')

    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL(/\/staff\/sign-in$/)
    assert.equal(await sessionCookieOf(page), undefined)
    // The old cookie, put back by hand, opens nothing: the session row is gone.
    const replay = await fetch(staffUrl('/staff/export'), {
      headers: { cookie: `__Host-staff_session=${cookie.value}` },
    })
    assert.equal(replay.status, 401)
    await context.addCookies([cookie])
    await page.goto(staffUrl('/staff'))
    await page.waitForURL(/\/staff\/sign-in$/)

    // And the passkey signs her in again, with no e-mail address typed.
    await page.setViewportSize(DESKTOP_VIEWPORT)
    await expectNoAxeViolations(page, '/staff/sign-in')
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click()
    await page.waitForURL(/\/staff$/)
    assert.notEqual((await sessionCookieOf(page))?.value, cookie.value, 'a new session, not the old one')
    await context.close()
  },
)

/** Waits for the authenticator app's next 30-second step, so the code is one not used yet. */
const nextStep = () => new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 200))

test(
  'an intake account enrols a password and authenticator app, then signs in with a TOTP code',
  { skip: !ownServer && 'run through npm run test:e2e' },
  async () => {
    const context = await browser.newContext({ viewport: PHONE_VIEWPORT })
    const page = await context.newPage()
    await page.goto(staffUrl(enrolIntake))
    await page.getByRole('heading', { level: 2, name: /password and an authenticator app/ }).waitFor()
    const secret = ((await page.locator('figcaption code').textContent()) ?? '').replace(/\s/g, '')
    assert.match(secret, /^[A-Z2-7]{32}$/)
    /** @param {number} [at] */
    const code = (at = Date.now()) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at })
    const password = `${randomUUID()} lamp`

    // (A password under 12 characters the browser itself refuses: the field has minlength.)
    await page.getByLabel('New password').fill(password)
    await page.getByLabel('The same password again').fill(`${password}!`)
    await page.getByLabel('Code from your authenticator app').fill(code())
    await page.getByRole('button', { name: 'Set password and app' }).click()
    await page
      .getByRole('alert')
      .getByText(/not the same/)
      .waitFor()
    await expectNoAxeViolations(page, '/staff/enrol with an error')

    await page.getByLabel('New password').fill(password)
    await page.getByLabel('The same password again').fill(password)
    await page.getByLabel('Code from your authenticator app').fill(code())
    await page.getByRole('button', { name: 'Set password and app' }).click()
    await page.waitForURL(/\/staff\/recovery-codes$/)
    await page.getByRole('button', { name: 'Show my recovery codes' }).click()
    const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem')
    await codes.first().waitFor()
    assert.equal(await codes.count(), 10)
    await expectNoAxeViolations(page, 'recovery codes')
    await page.getByRole('link', { name: /open the inbox/ }).click()
    await page.waitForURL(/\/staff$/)
    assert.equal(await page.getByRole('link', { name: 'Accounts' }).count(), 0, 'intake staff see no admin views')
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL(/\/staff\/sign-in$/)

    await page.getByLabel('E-mail address').fill('riley@clinic.example')
    await page.getByLabel('Password', { exact: true }).fill('not the password')
    await page.getByLabel('Code from your authenticator app').fill(code())
    await page.getByRole('button', { name: 'Sign in with password' }).click()
    await page
      .getByRole('alert')
      .getByText(/not right/)
      .waitFor()
    assert.equal(await page.getByLabel('E-mail address').inputValue(), 'riley@clinic.example')
    await expectNoAxeViolations(page, '/staff/sign-in with an error')

    // The enrolment used this step's code; a code is good once.
    await nextStep()
    await page.getByLabel('Password', { exact: true }).fill(password)
    await page.getByLabel('Code from your authenticator app').fill(code())
    // By keyboard: Enter submits.
    await page.getByLabel('Code from your authenticator app').press('Enter')
    await page.waitForURL(/\/staff$/)
    await page.getByRole('heading', { level: 1, name: 'Consultation requests' }).waitFor()
    await context.close()
  },
)

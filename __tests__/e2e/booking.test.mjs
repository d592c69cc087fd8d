// Booking a consultation in a real browser: with JavaScript, without it, by keyboard only,
// and axe-core on the form and its error states. Each booking is then checked against the
// slots API: the booked slot must be gone (so it is in the database).
/** @import { Browser, Page } from 'playwright-core' */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import {
  DESKTOP_VIEWPORT,
  PHONE_VIEWPORT,
  baseUrl,
  expectNoAxeViolations,
  freeSlots,
  hiddenFields,
  launchBrowser,
  url,
} from './helpers.mjs'

/** @type {Browser} */
let browser
before(async () => {
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
})

/**
 * What the thanks page should say, formatted the way the server formats it.
 * @param {string} iso
 * @param {string} timeZone
 */
function expectedWhen(iso, timeZone) {
  const date = new Date(iso)
  const day = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
  }).format(date)
  const time = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit' }).format(date)
  return `${day} at ${time}`
}

/**
 * With DATABASE_URL (CI) the server stores bookings in PostgreSQL, which the test can read
 * too; the embedded PGlite folder belongs to the server process alone, and there the thanks
 * page (read back from the database by reference) and the slots API are the evidence.
 * @param {string} reference
 * @param {string} slotStart
 * @param {string} timeZone
 */
async function assertStored(reference, slotStart, timeZone) {
  if (!process.env.DATABASE_URL) return
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query('SELECT slot_start, time_zone, status FROM bookings WHERE reference = $1', [
      reference,
    ])
    assert.equal(rows.length, 1, 'the booking is in the database')
    assert.equal(rows[0].slot_start.toISOString(), new Date(slotStart).toISOString())
    assert.equal(rows[0].time_zone, timeZone)
    assert.equal(rows[0].status, 'requested')
  } finally {
    await client.end()
  }
}

/**
 * @param {Page} page
 * @param {string} slotStart
 * @param {string} timeZone
 */
async function assertBooked(page, slotStart, timeZone) {
  // A #fragment from the form page may carry over the redirect; it is not data.
  await page.waitForURL(/\/consultation\/thanks(#[a-z-]*)?$/)
  // Nothing about the patient (or the booking) travels in the URL.
  assert.equal(new URL(page.url()).search, '')
  await page.getByRole('heading', { level: 1, name: 'Thank you. Your call is booked.' }).waitFor()
  const text = await page.locator('main').innerText()
  assert.ok(
    text.includes(expectedWhen(slotStart, timeZone)),
    `thanks page shows the booked time in ${timeZone}:\n${text}`,
  )
  const reference = /reference is ([0-9A-Z]{10})/.exec(text)?.[1]
  assert.ok(reference, 'the thanks page shows the booking reference')
  await assertStored(reference, slotStart, timeZone)
  const robots = await page.locator('meta[name="robots"]').getAttribute('content')
  assert.match(robots ?? '', /noindex/)
  assert.ok(!(await freeSlots(timeZone)).includes(slotStart), 'the booked slot is no longer offered')
}

/**
 * axe needs JavaScript, which this page must work without: audit the server-rendered HTML,
 * scripts removed, in a scripting context (same origin, so the styles load).
 * @param {string} html
 * @param {string} label
 */
async function expectNoAxeViolationsWithoutScripts(html, label) {
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT })
  const page = await context.newPage()
  const snapshot = url('/__booking-snapshot')
  await page.route(snapshot, (route) =>
    route.fulfill({ contentType: 'text/html', body: html.replace(/<script\b[\s\S]*?<\/script>/gi, '') }),
  )
  await page.goto(snapshot)
  await expectNoAxeViolations(page, label)
  await context.close()
}

/** @param {Page} page */
async function fillDetails(page, { name = 'Alex Rivera', phone = '(212) 555-0123' } = {}) {
  await page.getByLabel('Your name').fill(name)
  await page.getByLabel('Phone number').fill(phone)
}

test('books a slot with JavaScript, in the browser’s time zone, without a full page load', async () => {
  const context = await browser.newContext({ viewport: DESKTOP_VIEWPORT, timezoneId: 'America/New_York' })
  const page = await context.newPage()
  await page.goto(url('/consultation'))
  await page.locator('#tz-current', { hasText: 'Times shown in Eastern Time (New York)' }).waitFor()
  await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' })
  await page.evaluate(() => {
    window.__sameDocument = true
  })

  const days = page.getByRole('group', { name: 'Day' }).getByRole('radio')
  await days.nth(1).check()
  const time = page
    .getByRole('group', { name: /^Time on / })
    .getByRole('radio')
    .first()
  const slotStart = await time.getAttribute('value')
  assert.ok(slotStart, 'a time is offered')
  await time.check()
  await fillDetails(page)
  await page.getByLabel('E-mail (optional)').fill('alex@example.com')
  await page.getByLabel('Treatment you are interested in (optional)').selectOption({ index: 1 })
  await page.getByLabel(/I agree that the clinic may keep these details/).check()
  await page.getByRole('button', { name: 'Request my call' }).click()

  await assertBooked(page, slotStart, 'America/New_York')
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'client-side navigation, no reload')
  await context.close()
})

test('books a slot with JavaScript disabled, keeping input after an error', async () => {
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT, javaScriptEnabled: false })
  const page = await context.newPage()
  // /consultation is prerendered and loads its times with JavaScript; without, it links to
  // the server-rendered times, and the zone picker is a plain GET form.
  await page.goto(url('/consultation'))
  await page.getByRole('link', { name: 'Show the free times' }).click()
  await page.waitForURL(/\/consultation\/times\?tz=/)
  await page.getByLabel('Change time zone').selectOption('Europe/London')
  await page.getByRole('button', { name: 'Show times' }).click()
  await page.locator('#tz-current', { hasText: /Times shown in .*London/ }).waitFor()
  assert.match((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '', /\/consultation$/)
  assert.match((await page.locator('meta[name="robots"]').getAttribute('content')) ?? '', /noindex/)

  // Days are links without JavaScript: following one reloads the page for that day.
  const dayLinks = page.getByRole('navigation', { name: 'Day' }).getByRole('link')
  await dayLinks.nth(2).click()
  await page.waitForURL(/day=\d{4}-\d{2}-\d{2}/)
  const time = page
    .getByRole('group', { name: /^Time on / })
    .getByRole('radio')
    .first()
  const slotStart = await time.getAttribute('value')
  assert.ok(slotStart, 'a time is offered')
  await time.check()

  // First attempt: no name and no consent. The server answers with the errors, input kept.
  await page.getByLabel('Phone number').fill('+44 20 7946 0958')
  await page.getByRole('button', { name: 'Request my call' }).click()
  const summary = await page.getByRole('alert', { name: /Please check/ }).innerText()
  assert.match(summary, /Please enter your name/)
  assert.match(summary, /Please agree/)
  assert.equal(await page.getByLabel('Phone number').inputValue(), '+44 20 7946 0958')
  assert.equal(await page.getByLabel('Your name').getAttribute('aria-invalid'), 'true')
  assert.match((await page.getByLabel('Your name').getAttribute('aria-describedby')) ?? '', /field-name-error/)
  assert.equal(await page.locator(`input[name="slotStart"][value="${slotStart}"]`).isChecked(), true)
  await expectNoAxeViolationsWithoutScripts(await page.content(), 'the no-JavaScript error state')

  await page.getByLabel('Your name').fill('Sam Taylor')
  await page.getByLabel(/I agree that the clinic may keep these details/).check()
  await page.getByRole('button', { name: 'Request my call' }).click()
  await assertBooked(page, slotStart, 'Europe/London')
  await context.close()
})

test('books a slot with the keyboard only', async () => {
  const context = await browser.newContext({ viewport: DESKTOP_VIEWPORT, timezoneId: 'America/Los_Angeles' })
  const page = await context.newPage()
  await page.goto(url('/consultation'))
  await page.locator('#tz-current', { hasText: /Times shown in Pacific Time/ }).waitFor()
  await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' })

  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement
      return {
        name: el?.getAttribute('name') ?? '',
        type: el?.getAttribute('type') ?? '',
        tag: el?.tagName ?? '',
        text: el?.textContent ?? '',
      }
    })
  /** @param {(element: Awaited<ReturnType<typeof focused>>) => boolean} predicate */
  async function tabUntil(predicate, limit = 80) {
    for (let i = 0; i < limit; i += 1) {
      await page.keyboard.press('Tab')
      if (predicate(await focused())) return
    }
    throw new Error('focus never reached the expected control')
  }

  await tabUntil((el) => el.name === 'day-choice')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await tabUntil((el) => el.name === 'slotStart')
  await page.keyboard.press('ArrowRight') // moves to and selects the second time
  const slotStart = await page.evaluate(() => document.activeElement?.getAttribute('value'))
  assert.ok(slotStart)
  assert.equal(await page.locator(`input[name="slotStart"][value="${slotStart}"]`).isChecked(), true)
  await tabUntil((el) => el.name === 'name')
  await page.keyboard.type('Kim Lee')
  await tabUntil((el) => el.name === 'phone')
  await page.keyboard.type('503 555 0199')
  await tabUntil((el) => el.name === 'consent')
  await page.keyboard.press('Space')
  await tabUntil((el) => el.tag === 'BUTTON' && el.text.includes('Request my call'))
  await page.keyboard.press('Enter')
  await assertBooked(page, slotStart, 'America/Los_Angeles')
  await context.close()
})

test('the form and its error states have no axe violations; errors are announced and focused', async () => {
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT, timezoneId: 'America/Chicago' })
  const page = await context.newPage()
  await page.goto(url('/consultation'))
  await page.locator('#tz-current', { hasText: /Times shown in Central Time/ }).waitFor()
  await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' })
  await expectNoAxeViolations(page, '/consultation')

  // Checked in the browser by the shared schema: nothing reaches the server.
  await page.getByRole('button', { name: 'Request my call' }).click()
  const alert = page.getByRole('alert', { name: /Please check/ })
  await alert.waitFor()
  assert.equal(await alert.evaluate((el) => el === document.activeElement), true, 'focus moves to the error summary')
  assert.match(await alert.innerText(), /Please choose a time for your call/)
  await expectNoAxeViolations(page, '/consultation with browser-side errors')

  // A slot taken by someone else between page load and submit: only the server can know.
  const days = page.getByRole('group', { name: 'Day' }).getByRole('radio')
  await days.nth(4).check()
  const time = page
    .getByRole('group', { name: /^Time on / })
    .getByRole('radio')
    .first()
  const slotStart = await time.getAttribute('value')
  assert.ok(slotStart, 'a time is offered')
  await time.check()
  const taken = await fetch(url('/api/consultations'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Other Patient',
      phone: '+12125550100',
      slotStart,
      timeZone: 'America/Chicago',
      consent: true,
    }),
  })
  assert.equal(taken.status, 201)
  await fillDetails(page)
  await page.getByLabel(/I agree that the clinic may keep these details/).check()
  await page.getByRole('button', { name: 'Request my call' }).click()
  await page
    .getByRole('alert', { name: /Please check/ })
    .getByText(/Someone has just booked that time/)
    .waitFor()
  assert.equal(await page.getByLabel('Your name').inputValue(), 'Alex Rivera', 'input kept after a server error')
  await page.waitForFunction((start) => !document.querySelector(`input[name="slotStart"][value="${start}"]`), slotStart)
  await expectNoAxeViolations(page, '/consultation after a slot conflict')
  await context.close()
})

test('the Server Action refuses a form posted from another origin', async () => {
  const { form, body } = hiddenFields(await (await fetch(url('/consultation/times'))).text(), 'booking-form')
  const slotStart = /name="slotStart" value="([^"]+)"/.exec(form)?.[1]
  assert.ok(slotStart, 'the server-rendered form offers a slot')
  for (const [name, value] of Object.entries({
    slotStart,
    name: 'Forged Request',
    phone: '212 555 0177',
    consent: 'yes',
  })) {
    body.append(name, value)
  }
  const post = (/** @type {string} */ origin) =>
    fetch(url('/consultation/times'), { method: 'POST', body, redirect: 'manual', headers: { origin } })
  const tz = /name="timeZone" value="([^"]+)"/.exec(form)?.[1] ?? 'America/Los_Angeles'

  const forged = await post('https://attacker.example')
  assert.ok(forged.status >= 400, `expected a refusal, got ${forged.status}`)
  assert.ok((await freeSlots(tz)).includes(slotStart), 'the slot is still free')
  // The same request from the site's own origin goes through: the origin made the difference.
  const genuine = await post(new URL(baseUrl).origin)
  assert.equal(genuine.status, 303)
  assert.ok(!(await freeSlots(tz)).includes(slotStart), 'now the slot is taken')
})

test('without JavaScript, the prerendered form posted without a time answers with the errors, under a nonce policy', async () => {
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT, javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(url('/consultation'))
  await fillDetails(page)
  await page.getByLabel(/I agree that the clinic may keep these details/).check()
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Request my call' }).click(),
  ])
  assert.equal(response.status(), 200)
  assert.match((await response.allHeaders())['content-security-policy'] ?? '', /script-src[^;]*'nonce-/)
  assert.match(await page.getByRole('alert', { name: /Please check/ }).innerText(), /Please choose a time/)
  assert.equal(await page.getByLabel('Your name').inputValue(), 'Alex Rivera')
  await context.close()
})

test('books a slot in Spanish at /es/consulta: the form, its errors, the times and the thanks page', async () => {
  const context = await browser.newContext({
    viewport: PHONE_VIEWPORT,
    timezoneId: 'America/Los_Angeles',
    locale: 'es-US',
  })
  const page = await context.newPage()
  await page.goto(url('/es/consulta'))
  assert.equal(await page.locator('html').getAttribute('lang'), 'es')
  await page.getByRole('heading', { level: 1, name: 'Consulta telefónica gratuita de 15 minutos' }).waitFor()
  await page.getByRole('heading', { level: 2, name: 'Elija un horario' }).waitFor()
  await page.getByLabel('Zona horaria').waitFor()
  await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' })

  // Sent empty: the messages (from the shared zod schema) come back in Spanish.
  await page.getByRole('button', { name: 'Solicitar mi llamada' }).click()
  const summary = page.getByRole('alert').filter({ hasText: /Revise \d+ datos/ })
  await summary.waitFor()
  const errors = await summary.innerText()
  assert.match(errors, /Nombre: Escriba su nombre\./)
  assert.match(errors, /Hora: Elija una hora para su llamada\./)
  assert.doesNotMatch(errors, /Please/)

  const days = page.getByRole('group', { name: 'Día' }).getByRole('radio')
  await days.nth(1).check()
  const time = page
    .getByRole('group', { name: /^Hora el / })
    .getByRole('radio')
    .first()
  const slotStart = await time.getAttribute('value')
  assert.ok(slotStart, 'a time is offered')
  await time.check()
  await page.getByLabel('Su nombre').fill('Ana López')
  await page.getByLabel('Número de teléfono').fill('(212) 555-0144')
  await page.getByLabel('Correo electrónico (opcional)').fill('ana@example.com')
  await page.getByLabel(/Acepto que la clínica guarde estos datos/).check()
  await page.getByRole('button', { name: 'Solicitar mi llamada' }).click()

  await page.waitForURL(/\/es\/consulta\/gracias(#[a-z-]*)?$/)
  assert.equal(new URL(page.url()).search, '')
  await page.getByRole('heading', { level: 1, name: 'Gracias. Su llamada está reservada.' }).waitFor()
  const text = await page.locator('main').innerText()
  const day = new Intl.DateTimeFormat('es-US', {
    timeZone: 'America/Los_Angeles',
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
  }).format(new Date(slotStart))
  assert.ok(text.includes(`${day} a las`), `the thanks page shows the time in Spanish:\n${text}`)
  const reference = /referencia es ([0-9A-Z]{10})/.exec(text)?.[1]
  assert.ok(reference, 'the thanks page shows the booking reference')
  assert.match(text, /marque 2/, 'the Spanish crisis notice')
  assert.ok(!(await freeSlots('America/Los_Angeles')).includes(slotStart), 'the booked slot is no longer offered')

  // The care team calls back in Spanish: the stored request says so (readable with PostgreSQL only).
  if (process.env.DATABASE_URL) {
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    try {
      const { rows } = await client.query('SELECT language FROM bookings WHERE reference = $1', [reference])
      assert.equal(rows[0]?.language, 'es')
    } finally {
      await client.end()
    }
  }
  await context.close()
})

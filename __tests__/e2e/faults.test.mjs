// Faults on a running server (`next start` in Sanity mode, its own build in .next-e2e-lake).
//
// The booking database down: the server's DATABASE_URL points at a closed port. The booking page
// must say the times could not be loaded, and a submitted form that the request was not saved,
// with the clinic's phone number.
//
// A Sanity outage. Sanity's hosted API cannot run here, so the site reads from a stand-in for it (__tests__/helpers/content-lake-stand-in.ts: the seed
// dataset answered by groq-js over HTTP), which the test then makes answer 500 and then refuse
// connections. Pages already generated must keep being served (stale) even after a publish
// webhook; a page never generated gets the error page; the server never goes down; when the
// API is back, the site catches up.
/** @import { ChildProcess } from 'node:child_process' */
/** @import { Browser } from 'playwright-core' */
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { createHmac, randomBytes, randomUUID } from 'node:crypto'
import { once } from 'node:events'
import { cpSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { after, before, describe, it } from 'node:test'
import { freePort, waitForServer } from '../../scripts/lib/processes.mjs'
import { PHONE_VIEWPORT, expectNoAxeViolations, hiddenFields, launchBrowser } from './helpers.mjs'

const root = path.resolve(import.meta.dirname, '../..')
const next = path.join(root, 'node_modules/.bin/next')
const temp = mkdtempSync(path.join(tmpdir(), 'clinic-outage-'))
const datasetDir = path.join(temp, 'dataset')
const datasetFile = path.join(datasetDir, 'dataset.ndjson')
const secret = randomBytes(24).toString('hex')

const ARTICLE = 'ketamine-iv-therapy-vs-ketamine-assisted-psychotherapy'
const ARTICLE_ID = `post-${ARTICLE}`
const EDITED_TITLE = 'Edited while the content API was down'
/** @typedef {'fail' | 'down'} OutageMode how the stand-in fails: HTTP 500, or a closed port */
/** @type {OutageMode[]} */
const MODES = ['fail', 'down']
/**
 * One article per outage mode, published after the build, so no page for it was generated.
 * @param {OutageMode} mode
 */
const newArticle = (mode) => ({
  _id: `post-published-after-build-${mode}`,
  slug: `published-after-the-build-${mode}`,
  title: `Published after the build (${mode})`,
})

/** @typedef {{ _id: string, [field: string]: unknown }} SeedDocument */

/** @type {{ child: ChildProcess, api: number, control: number }} */
let standIn
/** The stand-in's control origin. */
let control = ''
/** @type {Browser} */
let browser
/** @type {ChildProcess} */
let site
let baseUrl = ''
/**
 * The dataset the server starts with: the seed plus the articles above.
 * @type {SeedDocument[]}
 */
let baseline = []

/** @param {SeedDocument[]} documents */
function writeDataset(documents) {
  writeFileSync(datasetFile, `${documents.map((doc) => JSON.stringify(doc)).join('\n')}\n`)
}

/** @param {string} title */
const withTitle = (title) => baseline.map((doc) => (doc._id === ARTICLE_ID ? { ...doc, title } : doc))

/** @type {ChildProcess[]} */
const children = []

/** @returns {Promise<typeof standIn>} */
async function startStandIn() {
  const child = spawn(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', '__tests__/helpers/content-lake-stand-in.ts', datasetDir],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  children.push(child)
  const [line] = await once(createInterface({ input: child.stdout }), 'line')
  return { child, ...JSON.parse(line) }
}

/** @param {OutageMode | 'ok'} mode */
async function setMode(mode) {
  const response = await fetch(`${control}/mode/${mode}`, { method: 'POST' })
  assert.equal(response.status, 200)
  return response.json()
}

/** @param {{ _id: string, _type: string, slug: string }} document what Sanity's webhook projection sends */
function webhook(document) {
  const body = JSON.stringify(document)
  const timestamp = Date.now()
  const signature = `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('base64url')}`
  return fetch(`${baseUrl}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sanity-webhook-signature': signature },
    body,
  })
}

/** @param {string} pathname */
async function get(pathname) {
  const response = await fetch(`${baseUrl}${pathname}`, { cache: 'no-store' })
  return { status: response.status, html: await response.text() }
}

/** @param {string} html */
const h1 = (html) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '')

/**
 * Polls until `check` holds: a page revalidated in the background changes on a later request.
 * @param {string} pathname
 * @param {(page: Awaited<ReturnType<typeof get>>) => boolean} check
 * @param {string} what
 */
async function eventually(pathname, check, what, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  let last
  while (Date.now() < deadline) {
    last = await get(pathname)
    if (check(last)) return last
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  assert.fail(
    `${pathname} did not ${what} within ${timeoutMs / 1000}s (last: ${last?.status} "${h1(last?.html ?? '')}")`,
  )
}

function assertSiteUp() {
  assert.equal(site.exitCode, null, 'next start is still running')
}

/** A weekday slot two to six days ahead, 18:00 UTC: 10 or 11 AM at the Portland clinic, open then. */
function plausibleSlot() {
  const day = new Date()
  day.setUTCDate(day.getUTCDate() + 2)
  while ([0, 6].includes(day.getUTCDay())) day.setUTCDate(day.getUTCDate() + 1)
  day.setUTCHours(18, 0, 0, 0)
  return day.toISOString()
}

describe('faults on a running server (Sanity mode, the hosted API is a local stand-in)', { timeout: 600_000 }, () => {
  before(async () => {
    cpSync(path.join(root, 'sanity/seed'), datasetDir, { recursive: true })
    standIn = await startStandIn()
    control = `http://127.0.0.1:${standIn.control}`
    /** @type {NodeJS.ProcessEnv} */
    const env = {
      ...process.env,
      NEXT_DIST_DIR: '.next-e2e-lake',
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'standin',
      SANITY_API_HOST: `http://127.0.0.1:${standIn.api}`,
      SANITY_REVALIDATE_SECRET: secret,
      // Nothing listens on port 1: the booking database is down from the start.
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
    }
    // This site sends no mail and has its own content: none of the main e2e server's settings.
    for (const key of ['SMTP_URL', 'CONTENT_DATASET_DIR', 'SANITY_PREVIEW_SECRET', 'E2E_BASE_URL']) delete env[key]
    const build = spawnSync(next, ['build'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] })
    assert.equal(build.status, 0, 'next build in Sanity mode against the stand-in')

    const seed = readFileSync(datasetFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => /** @type {SeedDocument} */ (JSON.parse(line)))
    const article = seed.find((doc) => doc._id === ARTICLE_ID)
    assert.ok(article, 'the seed article to copy')
    baseline = [
      ...seed,
      ...MODES.map(newArticle).map(({ _id, slug, title }) => ({
        ...article,
        _id,
        title,
        slug: { _type: 'slug', current: slug },
      })),
    ]
    writeDataset(baseline)

    const port = await freePort()
    baseUrl = `http://127.0.0.1:${port}`
    // The server logs every failed read during the outage: kept in a file, not the test output.
    const log = openSync(path.join(root, '.next-e2e-lake', 'outage-server.log'), 'w')
    site = spawn(next, ['start', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: root,
      env,
      stdio: ['ignore', log, log],
    })
    children.push(site)
    await waitForServer(`${baseUrl}/robots.txt`, site)
    browser = await launchBrowser()
  })

  after(async () => {
    await browser?.close()
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
    rmSync(temp, { recursive: true, force: true })
  })

  it('serves the site from the Content Lake API while it answers', async () => {
    const article = await get(`/blog/${ARTICLE}`)
    assert.equal(article.status, 200)
    const { queriesAnswered } = await (await fetch(`${control}/status`)).json()
    assert.ok(queriesAnswered > 10, `the build and the server read content over HTTP (${queriesAnswered} queries)`)
  })

  describe('the booking database is down', () => {
    it('the booking page says the times could not be loaded, offers a retry and the phone number', async () => {
      const context = await browser.newContext({ viewport: PHONE_VIEWPORT })
      const page = await context.newPage()
      await page.goto(`${baseUrl}/consultation`)
      const alert = page.getByRole('alert').filter({ hasText: 'We could not load the free times.' })
      await alert.waitFor()
      assert.equal(await alert.getByRole('button', { name: 'Try again' }).count(), 1)
      assert.equal(await alert.getByRole('link', { name: '(503) 555-0147' }).getAttribute('href'), 'tel:+15035550147')
      await expectNoAxeViolations(page, 'booking page, database down')
      await context.close()
      const slots = await fetch(`${baseUrl}/api/consultation-slots`)
      assert.equal(slots.status, 500)
      assert.doesNotMatch(await slots.text(), /ECONNREFUSED|127\.0\.0\.1|postgres/)
    })

    it('a submitted form says the request was not saved and gives the phone number', async () => {
      const { body } = hiddenFields(await (await fetch(`${baseUrl}/consultation`)).text(), 'booking-form')
      const fields = {
        slotStart: plausibleSlot(),
        name: 'Alex Rivera',
        phone: '(212) 555-0123',
        consent: 'yes',
        idempotencyKey: randomUUID(),
      }
      for (const [name, value] of Object.entries(fields)) body.append(name, value)
      const response = await fetch(`${baseUrl}/consultation`, {
        method: 'POST',
        body,
        headers: { origin: new URL(baseUrl).origin },
      })
      assert.equal(response.status, 200)
      const html = await response.text()
      assert.ok(
        html.includes(
          'We could not save your request. Please try again in a few minutes, or call us on (503) 555-0147.',
        ),
        'the message with the number',
      )
      assert.ok(html.includes('value="Alex Rivera"'), 'what the patient typed is kept')
      assertSiteUp()
    })
  })

  for (const mode of MODES) {
    const fresh = newArticle(mode)
    describe(mode === 'fail' ? 'the API answers 500' : 'the API refuses connections', () => {
      it('pages already generated stay up, even after a publish webhook asks for them again', async () => {
        const lastGood = h1((await get(`/blog/${ARTICLE}`)).html)
        await setMode(mode)
        writeDataset(withTitle(EDITED_TITLE))
        const hook = await webhook({ _id: ARTICLE_ID, _type: 'post', slug: ARTICLE })
        assert.equal(hook.status, 200)
        for (const pathname of [
          `/blog/${ARTICLE}`,
          `/blog/${ARTICLE}`,
          '/',
          '/blog',
          '/treatments/ketamine-iv-therapy',
        ]) {
          const page = await get(pathname)
          assert.equal(page.status, 200, `${pathname} during the outage`)
        }
        assert.equal(
          h1((await get(`/blog/${ARTICLE}`)).html),
          lastGood,
          'the last good copy, not the edit it cannot read',
        )
        assertSiteUp()
      })

      it('a URL that is no page still gets the 404 page (from the last route table read)', async () => {
        assert.equal((await get('/blog/not-an-article')).status, 404)
      })

      it('a page never generated gets the error page, with the phone number and crisis lines', async () => {
        const context = await browser.newContext({ viewport: PHONE_VIEWPORT })
        const page = await context.newPage()
        const response = await page.goto(`${baseUrl}/blog/${fresh.slug}`)
        assert.equal(response?.status(), 500)
        // Next sends an empty shell for a render that failed; React draws the error page from
        // its payload, inside the site layout (served from the data cache).
        await page.getByRole('heading', { level: 1, name: 'Sorry, this page didn’t load' }).waitFor()
        assert.equal(
          await page.getByRole('link', { name: 'Call us on (503) 555-0147' }).getAttribute('href'),
          'tel:+15035550147',
        )
        assert.ok((await page.locator('main a[href="tel:988"]').count()) > 0, 'the crisis line on the error page')
        assert.ok(
          (await page.getByRole('complementary', { name: 'Crisis support' }).count()) === 1,
          'the crisis banner',
        )
        assert.ok(!(await page.content()).includes(fresh.title))
        await expectNoAxeViolations(page, `error page (${mode})`)
        await context.close()
        assertSiteUp()
      })

      it('when the API is back, the new page renders and the edit appears', async () => {
        await setMode('ok')
        await eventually(
          `/blog/${fresh.slug}`,
          (page) => page.status === 200 && h1(page.html) === fresh.title,
          'render the new article',
        )
        // A regeneration that failed keeps the last good page for about 30 s before it retries.
        await eventually(`/blog/${ARTICLE}`, (page) => h1(page.html) === EDITED_TITLE, 'show the edited title', 60_000)
        // Put the title back for the next round.
        writeDataset(baseline)
        await webhook({ _id: ARTICLE_ID, _type: 'post', slug: ARTICLE })
        await eventually(
          `/blog/${ARTICLE}`,
          (page) => h1(page.html) !== EDITED_TITLE,
          'show the seed title again',
          60_000,
        )
        assertSiteUp()
      })
    })
  }
})

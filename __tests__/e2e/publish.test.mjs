// Publishing over the embedded dataset, end to end against `next start`: edit a post's title in
// the NDJSON file, send a signed webhook, see the new title on the (statically prerendered)
// article page and on the blog index without a rebuild. The dataset is restored afterwards.
/** @import { Browser } from 'playwright-core' */
import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { baseUrl, expectNoAxeViolations, launchBrowser } from './helpers.mjs'

const secret = process.env.SANITY_REVALIDATE_SECRET
const datasetFile = path.resolve(process.env.CONTENT_DATASET_DIR ?? 'sanity/seed', 'dataset.ndjson')

/**
 * @param {string} body
 * @param {string} [key]
 */
function sign(body, key = secret ?? '', timestamp = Date.now()) {
  return `t=${timestamp},v1=${createHmac('sha256', key).update(`${timestamp}.${body}`).digest('base64url')}`
}

/**
 * @param {object} document what the webhook's projection sends
 * @param {string | null} [signature] null sends none; left out, the right one
 */
function webhook(document, signature) {
  const body = JSON.stringify(document)
  /** @type {Record<string, string>} */
  const headers = { 'content-type': 'application/json' }
  if (signature !== null) headers['sanity-webhook-signature'] = signature ?? sign(body)
  return fetch(`${baseUrl}/api/revalidate`, { method: 'POST', headers, body })
}

/** @param {string} pathname */
async function html(pathname) {
  const response = await fetch(`${baseUrl}${pathname}`, { cache: 'no-store' })
  assert.equal(response.status, 200, `${pathname} answered ${response.status}`)
  return response.text()
}

/**
 * Polls until `check(html)` holds: a revalidated page may regenerate on the first request.
 * @param {string} pathname
 * @param {(html: string) => boolean} check
 * @param {string} what
 */
async function eventually(pathname, check, what, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  let page = ''
  while (Date.now() < deadline) {
    page = await html(pathname)
    if (check(page)) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  assert.fail(`${pathname} did not ${what} within ${timeoutMs / 1000}s`)
}

/** @typedef {{ _id: string, _type: string, title: string, publishedAt: string, slug: { current: string }, language?: string }} PostDocument */

/**
 * The newest listed English post: the first card on /blog (Spanish posts list on /es/blog).
 * @param {string[]} lines the dataset's NDJSON lines
 */
function newestPost(lines) {
  const now = new Date().toISOString()
  const posts = lines.flatMap((line, index) => {
    const doc = line.trim() ? /** @type {PostDocument} */ (JSON.parse(line)) : null
    const english = (doc?.language ?? 'en') === 'en'
    return doc?._type === 'post' && english && !doc._id.startsWith('drafts.') && doc.publishedAt <= now
      ? [{ index, doc }]
      : []
  })
  posts.sort((a, b) => b.doc.publishedAt.localeCompare(a.doc.publishedAt) || a.doc._id.localeCompare(b.doc._id))
  assert.ok(posts[0], 'the dataset has a published post')
  return posts[0]
}

describe(
  'publish in local mode: edit the dataset, send a signed webhook',
  { skip: !secret && 'SANITY_REVALIDATE_SECRET is not set' },
  () => {
    const original = readFileSync(datasetFile, 'utf8')
    const lines = original.split('\n')
    const { index, doc } = newestPost(lines)
    const slug = doc.slug.current
    const marker = `Edited ${Date.now()}`
    const change = { _id: doc._id, _type: 'post', slug, previousSlug: slug }

    before(async () => {
      // Both pages are prerendered with the original title.
      assert.ok(!(await html(`/blog/${slug}`)).includes(marker))
      const edited = [...lines]
      edited[index] = JSON.stringify({ ...doc, title: `${marker}: ${doc.title}` })
      writeFileSync(datasetFile, edited.join('\n'))
    })

    after(async () => {
      writeFileSync(datasetFile, original)
      // Put the cache back too, so later browser tests see the seed content.
      const response = await webhook(change)
      assert.equal(response.status, 200)
      await eventually(`/blog/${slug}`, (page) => !page.includes(marker), 'drop the edited title')
      await eventually('/blog', (page) => !page.includes(marker), 'drop the edited title')
    })

    it('keeps serving the published page until a webhook arrives, and ignores unsigned or wrongly signed ones', async () => {
      assert.ok(!(await html(`/blog/${slug}`)).includes(marker), 'the static page changed without a webhook')
      const unsigned = await webhook(change, null)
      assert.equal(unsigned.status, 401)
      const wrong = await webhook(change, sign(JSON.stringify(change), 'not-the-secret-0123456789'))
      assert.equal(wrong.status, 401)
      assert.ok(!(await html(`/blog/${slug}`)).includes(marker), 'a refused webhook changed the page')
    })

    it('shows the new title on the article page and the blog index after a signed webhook', async () => {
      const response = await webhook(change)
      assert.equal(response.status, 200)
      const result = await response.json()
      assert.deepEqual(result.tags, ['post', `post:${slug}`])
      await eventually(`/blog/${slug}`, (page) => page.includes(marker), 'show the new title')
      await eventually('/blog', (page) => page.includes(marker), 'show the new title')
    })
  },
)

describe(
  'preview in local mode: drafts behind draft mode',
  { skip: !process.env.SANITY_PREVIEW_SECRET && 'SANITY_PREVIEW_SECRET is not set' },
  () => {
    const original = readFileSync(datasetFile, 'utf8')
    const { doc } = newestPost(original.split('\n'))
    const slug = doc.slug.current
    const marker = `Draft ${Date.now()}`
    /** @type {Browser} */
    let browser

    before(async () => {
      const draft = { ...doc, _id: `drafts.${doc._id}`, title: `${marker}: ${doc.title}` }
      writeFileSync(datasetFile, `${original.trimEnd()}\n${JSON.stringify(draft)}\n`)
      browser = await launchBrowser()
    })

    after(async () => {
      writeFileSync(datasetFile, original)
      await browser?.close()
    })

    it('shows the draft with a Preview bar, noindex, and goes back to the published page on exit', async () => {
      assert.ok(!(await html(`/blog/${slug}`)).includes(marker), 'a draft is visible without draft mode')
      const context = await browser.newContext()
      const page = await context.newPage()
      const refused = await page.goto(`${baseUrl}/api/draft-mode/enable?secret=wrong-secret-0123456789`)
      assert.equal(refused?.status(), 401)

      const secret = encodeURIComponent(process.env.SANITY_PREVIEW_SECRET ?? '')
      await page.goto(`${baseUrl}/api/draft-mode/enable?secret=${secret}&redirect=/blog/${slug}`)
      assert.equal(new URL(page.url()).pathname, `/blog/${slug}`)
      const bar = page.getByRole('region', { name: 'Preview mode' })
      await bar.waitFor()
      assert.match(await page.locator('h1').innerText(), new RegExp(marker))
      assert.equal(
        (await page.locator('meta[name="robots"][content*="noindex"]').count()) > 0,
        true,
        'preview page is indexable',
      )
      await expectNoAxeViolations(page, 'article in preview')

      await bar.getByRole('link', { name: 'Exit preview' }).click()
      await page.waitForURL(`${baseUrl}/blog/${slug}`)
      assert.equal(await page.getByRole('region', { name: 'Preview mode' }).count(), 0)
      assert.doesNotMatch(await page.locator('h1').innerText(), new RegExp(marker))
      await context.close()
    })
  },
)

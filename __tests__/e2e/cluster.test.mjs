// Two `next start` instances of the e2e build sharing one Redis, as behind a load balancer: a
// signed publish webhook reaches one instance, and the other serves the new title; Redis stopped,
// both keep answering 200; Redis back, a second publish (to the other instance) reaches both.
// The Redis is a throwaway redis-server of the machine's own binary on a port of its own, so the
// test can stop it. Each instance has its own PGlite folder (bookings are not what is tested
// here; PGlite allows one process per folder), and no SMTP: neither touches the main server's data.
import assert from 'node:assert/strict'
import { createHmac, randomBytes } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { startInstances } from '../../scripts/lib/instances.mjs'
import { freePort } from '../../scripts/lib/processes.mjs'
import { hasRedisServer, redisServer } from '../../scripts/lib/redis-server.mjs'

const distDir = process.env.NEXT_DIST_DIR ?? '.next-e2e'
const built = existsSync(path.join(distDir, 'BUILD_ID'))
const skip = !hasRedisServer()
  ? 'redis-server is not installed'
  : !built && `no build in ${distDir} (run through npm run test:e2e)`

const secret = randomBytes(24).toString('hex')
const PROPAGATION_MS = 5000

/** @param {string} body */
function sign(body, timestamp = Date.now()) {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('base64url')}`
}

/** @param {string} base @param {object} change */
async function publish(base, change) {
  const body = JSON.stringify(change)
  const response = await fetch(`${base}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sanity-webhook-signature': sign(body) },
    body,
  })
  assert.equal(response.status, 200, `the webhook to ${base} answered ${response.status}`)
}

/** @param {string} base @param {string} pathname */
async function page(base, pathname) {
  const response = await fetch(`${base}${pathname}`, { cache: 'no-store', signal: AbortSignal.timeout(10_000) })
  return { status: response.status, html: await response.text() }
}

/**
 * Polls `base` until the page shows `text`; fails after `timeoutMs`.
 * @param {string} base @param {string} pathname @param {string} text
 */
async function shows(base, pathname, text, timeoutMs = PROPAGATION_MS) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const { status, html } = await page(base, pathname)
    assert.equal(status, 200)
    if (html.includes(text)) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  assert.fail(`${base}${pathname} did not show "${text}" within ${timeoutMs / 1000} s`)
}

describe('two instances, one Redis', { skip }, () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'clinic-cluster-e2e-'))
  const contentDir = path.join(temp, 'content')
  const datasetFile = path.join(contentDir, 'dataset.ndjson')
  /** @type {ReturnType<typeof redisServer>} */
  let redis
  /** @type {Awaited<ReturnType<typeof startInstances>>} */
  let cluster
  /** @type {{ _id: string, _type: string, title: string, slug: { current: string } }} */
  let post
  let first = ''
  let second = ''

  /** Rewrites the dataset copy with the post's title changed (what publishing in Sanity does). */
  function editTitle(/** @type {string} */ title) {
    const lines = readFileSync(datasetFile, 'utf8').split('\n')
    const index = lines.findIndex((line) => line.includes(`"_id":"${post._id}"`))
    const line = lines[index]
    assert.ok(line, `${post._id} is in the dataset copy`)
    lines[index] = JSON.stringify({ ...JSON.parse(line), title })
    writeFileSync(datasetFile, lines.join('\n'))
  }
  const change = () => ({ _id: post._id, _type: 'post', slug: post.slug.current, previousSlug: post.slug.current })
  const articlePath = () => `/blog/${post.slug.current}`

  before(async () => {
    cpSync(process.env.CONTENT_DATASET_DIR ?? 'sanity/seed', contentDir, { recursive: true })
    const posts = readFileSync(datasetFile, 'utf8')
      .split('\n')
      .filter((line) => line.includes('"_type":"post"') && !line.includes('"_id":"drafts.'))
      .map((line) => JSON.parse(line))
      .filter((doc) => doc.publishedAt <= new Date().toISOString())
    assert.ok(posts[0], 'the seed has a published post')
    post = posts[0]
    redis = redisServer(await freePort())
    await redis.start()
    /** @type {NodeJS.ProcessEnv} */
    const shared = {
      ...process.env,
      NEXT_DIST_DIR: distDir,
      CONTENT_DATASET_DIR: contentDir,
      REDIS_URL: redis.url,
      RATE_LIMIT_SECRET: randomBytes(24).toString('hex'),
      SANITY_REVALIDATE_SECRET: secret,
    }
    // Not the main e2e server's database, mail or staff origin.
    for (const key of ['DATABASE_URL', 'SMTP_URL', 'STAFF_ORIGIN']) delete shared[key]
    cluster = await startInstances({
      count: 2,
      envFor: (index) => ({ ...shared, BOOKINGS_DATA_DIR: path.join(temp, `bookings-${index + 1}`) }),
      logDir: temp,
    })
    const [one, two] = cluster.instances
    assert.ok(one && two, 'both instances started')
    first = one.url
    second = two.url
  })

  after(async () => {
    await cluster?.stop()
    await redis?.stop()
    rmSync(temp, { recursive: true, force: true })
  })

  it(`a publish webhook to one instance reaches the other within ${PROPAGATION_MS / 1000} s`, async () => {
    // Both serve (and cache) the article as built.
    for (const base of [first, second]) assert.ok((await page(base, articlePath())).html.includes(post.title))
    const title = `Shared cache check ${Date.now()}`
    editTitle(title)
    await publish(first, change())
    const took = await shows(second, articlePath(), title)
    await shows(first, articlePath(), title)
    console.log(`# the other instance served the new title ${took} ms after the webhook`)
  })

  it('with Redis stopped, both instances keep answering 200 (cached pages and fresh renders), with one log line each', async () => {
    await redis.stop()
    for (const base of [first, second]) {
      for (const pathname of ['/', articlePath(), '/treatments', '/blog', '/privacy', '/consultation']) {
        const { status } = await page(base, pathname)
        assert.equal(status, 200, `${base}${pathname} answered ${status} with Redis down`)
      }
    }
    for (const { logFile } of cluster.instances) {
      const outages = readFileSync(logFile, 'utf8').match(/Page cache: Redis is not answering/g) ?? []
      assert.equal(outages.length, 1, `${logFile}: one outage line, not ${outages.length}`)
    }
  })

  it('with Redis back, a second publish (to the other instance this time) reaches both', async () => {
    await redis.start()
    const title = `Back in sync ${Date.now()}`
    editTitle(title)
    // The instances reconnect on their own (backoff under a second); the webhook may come first,
    // then its revalidation waits in memory and is written on reconnect.
    await publish(second, change())
    await shows(first, articlePath(), title, PROPAGATION_MS * 2)
    await shows(second, articlePath(), title)
  })
})

/**
 * The shared page cache against a real Redis server: a throwaway redis-server of the machine's
 * own binary on a port of its own, so the test can stop and restart it (the shared one on 6379
 * stays up for the other tests).
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freePort } from '../../../scripts/lib/processes.mjs'
import { hasRedisServer, redisServer } from '../../../scripts/lib/redis-server.mjs'

interface Entry {
  value: unknown
  lastModified: number
  cacheControl?: { revalidate: number | false; expire?: number }
}
interface TagState {
  stale?: number
  expired?: number
  at: number
}
interface PageCache {
  getEntry(buildId: string, key: string): Promise<Entry | null | undefined>
  setEntry(buildId: string, key: string, entry: Entry): Promise<boolean>
  writeTags(states: Map<string, TagState>): Promise<boolean>
  readTags(tags: string[]): Promise<Map<string, TagState> | undefined>
  close(): void
}
interface Handler {
  get(key: string, ctx: Record<string, unknown>): Promise<Entry | null>
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>
}

const load = createRequire(__filename)
const { encodeEntry, decodeEntry } = load('../../../lib/cache/cache-entry-codec.cjs') as {
  encodeEntry(entry: Entry): Promise<Buffer>
  decodeEntry(bytes: Buffer): Promise<Entry | null>
}
const { RedisPageCache } = load('../../../lib/cache/redis-page-cache.cjs') as {
  RedisPageCache: new (url: string, options?: { timeoutMs?: number; keyPrefix?: string }) => PageCache
}
const { tagsManifest } = load('next/dist/server/lib/incremental-cache/tags-manifest.external') as {
  tagsManifest: Map<string, { stale?: number; expired?: number }>
}
const { nodeFs } = load('next/dist/server/lib/node-fs-methods') as { nodeFs: unknown }

const page = (title: string) => ({
  kind: 'APP_PAGE',
  html: `<html><body><h1>${title}</h1></body></html>`,
  rscData: Buffer.from(`0:["${title}"]`),
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
  headers: { 'x-next-cache-tags': 'post,post:a-slug,_N_T_/layout' },
  status: 200,
  postponed: undefined,
})

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${what} within ${timeoutMs} ms`)
}

describe('cache entries to bytes and back', () => {
  it('keeps HTML, Buffers and Maps, and treats foreign bytes as a miss', async () => {
    const entry = { value: page('Calm'), lastModified: 1234, cacheControl: { revalidate: 300, expire: 3600 } }
    const decoded = await decodeEntry(await encodeEntry(entry))
    expect(decoded).toEqual(entry)
    expect(Buffer.isBuffer((decoded?.value as { rscData: unknown }).rscData)).toBe(true)
    expect(await decodeEntry(Buffer.from('not gzip'))).toBeNull()
  })
})

const describeWithRedis = hasRedisServer() ? describe : describe.skip

describeWithRedis('the shared page cache on a real redis-server that stops and comes back', () => {
  let server: ReturnType<typeof redisServer>
  let cache: PageCache
  const warnings: string[] = []
  const infos: string[] = []

  beforeAll(async () => {
    server = redisServer(await freePort())
    await server.start()
    jest.spyOn(console, 'warn').mockImplementation((line: string) => void warnings.push(line))
    jest.spyOn(console, 'info').mockImplementation((line: string) => void infos.push(line))
    cache = new RedisPageCache(server.url, { timeoutMs: 300 })
    await eventually(async () => (await cache.getEntry('b1', 'probe')) !== undefined, 'Redis answers')
  })

  afterAll(async () => {
    cache.close()
    await server.stop()
    jest.restoreAllMocks()
  })

  it('stores an entry per build and answers null for one it does not have', async () => {
    const entry = { value: page('Shared'), lastModified: Date.now() }
    expect(await cache.setEntry('b1', '/blog/a-slug', entry)).toBe(true)
    expect(await cache.getEntry('b1', '/blog/a-slug')).toEqual(entry)
    expect(await cache.getEntry('b2', '/blog/a-slug')).toBeNull()
  })

  it('records tag revalidations and reads back only the tags it has', async () => {
    expect(await cache.writeTags(new Map([['post', { stale: 10, expired: 20, at: 30 }]]))).toBe(true)
    expect(await cache.readTags(['post', 'never-revalidated'])).toEqual(
      new Map([['post', { stale: 10, expired: 20, at: 30 }]]),
    )
  })

  it('while Redis is down: answers "unknown" fast, logs one line, keeps revalidations and writes them on reconnect', async () => {
    await server.stop()
    const started = Date.now()
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => cache.getEntry('b1', '/blog/a-slug')))
    expect(answers).toEqual([undefined, undefined, undefined, undefined, undefined])
    expect(Date.now() - started).toBeLessThan(2000)
    expect(await cache.writeTags(new Map([['post:a-slug', { stale: 40, at: 50 }]]))).toBe(false)
    expect(await cache.readTags(['post:a-slug'])).toBeUndefined()
    expect(warnings.filter((line) => line.includes('Page cache: Redis is not answering'))).toHaveLength(1)

    // A fresh server holds nothing: what comes back is what was kept while it was away.
    await server.start()
    await eventually(
      async () => (await cache.readTags(['post:a-slug']))?.has('post:a-slug') === true,
      'unsent tags arrive',
    )
    expect((await cache.readTags(['post:a-slug']))?.get('post:a-slug')).toEqual({ stale: 40, at: 50 })
    expect(infos.filter((line) => line.includes('Page cache: Redis answers again'))).toHaveLength(1)
  })
})

describeWithRedis('the cache handler with REDIS_URL: two instances, each with its own disk', () => {
  let server: ReturnType<typeof redisServer>
  const folders: string[] = []
  const saved = { redis: process.env.REDIS_URL, phase: process.env.NEXT_PHASE }
  let SharedCacheHandler: new (ctx: Record<string, unknown>) => Handler
  /** Redis as another process sees it. */
  let redis: PageCache

  /** An instance's handler: Next makes one per request over the same build's server folder. */
  function instance(): () => Handler {
    const root = mkdtempSync(path.join(tmpdir(), 'clinic-cache-'))
    folders.push(root)
    mkdirSync(path.join(root, 'server'), { recursive: true })
    writeFileSync(path.join(root, 'BUILD_ID'), 'build-1')
    return () =>
      new SharedCacheHandler({ fs: nodeFs, serverDistDir: path.join(root, 'server'), flushToDisk: true, dev: false })
  }

  const ctx = { kind: 'APP_PAGE', isFallback: false, isRoutePPREnabled: false }
  const setCtx = { fetchCache: false, cacheControl: { revalidate: false, expire: undefined }, isFallback: false }

  beforeAll(async () => {
    server = redisServer(await freePort())
    await server.start()
    process.env.REDIS_URL = server.url
    delete process.env.NEXT_PHASE
    jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    jest.spyOn(console, 'info').mockImplementation(() => undefined)
    SharedCacheHandler = load('../../../lib/cache/shared-cache-handler.cjs')
    redis = new RedisPageCache(server.url)
  })

  afterAll(async () => {
    const { sharedPageCache } = load('../../../lib/cache/redis-page-cache.cjs') as {
      sharedPageCache(url: string): PageCache
    }
    sharedPageCache(server.url).close()
    redis.close()
    await server.stop()
    if (saved.redis === undefined) delete process.env.REDIS_URL
    else process.env.REDIS_URL = saved.redis
    if (saved.phase !== undefined) process.env.NEXT_PHASE = saved.phase
    for (const folder of folders) rmSync(folder, { recursive: true, force: true })
    jest.restoreAllMocks()
  })

  it('a page one instance rendered is a hit on the other; a revalidation recorded elsewhere reaches the tag manifest', async () => {
    const first = instance()
    const second = instance()
    await eventually(async () => {
      await first().set('/blog/a-slug', page('Rendered on the first'), setCtx)
      return (await second().get('/blog/a-slug', ctx)) !== null
    }, 'the first instance reaches Redis')
    const hit = await second().get('/blog/a-slug', ctx)
    expect((hit?.value as { html: string }).html).toContain('Rendered on the first')

    // The webhook reaches the first instance only: its revalidation is recorded in Redis.
    const before = Date.now()
    await first().revalidateTag(['post:a-slug'], { expire: 0 })
    const recorded = (await redis.readTags(['post:a-slug']))?.get('post:a-slug')
    expect(recorded?.stale).toBeGreaterThanOrEqual(before)
    expect(recorded?.at).toBeGreaterThanOrEqual(before)
  })

  it("a revalidation another process recorded reaches this process's tag manifest before the page is handed out", async () => {
    const only = instance()
    await only().set('/blog/b-slug', { ...page('Old'), headers: { 'x-next-cache-tags': 'post:b-slug' } }, setCtx)
    // The other process (one tag manifest per process, so it is played by a plain Redis client).
    const at = Date.now() + 1000
    await redis.writeTags(new Map([['post:b-slug', { stale: at, expired: at + 60_000, at }]]))
    expect(tagsManifest.get('post:b-slug')).toBeUndefined()
    await only().get('/blog/b-slug', ctx)
    // Next reads this manifest and regenerates the page as stale.
    expect(tagsManifest.get('post:b-slug')).toEqual({ stale: at, expired: at + 60_000 })
    // Applied once: an older record does not overwrite what this process knows.
    await redis.writeTags(new Map([['post:b-slug', { stale: 1, at: at - 5000 }]]))
    await only().get('/blog/b-slug', ctx)
    expect(tagsManifest.get('post:b-slug')).toEqual({ stale: at, expired: at + 60_000 })
  })

  it('with Redis stopped, an instance serves its own copy', async () => {
    const only = instance()
    await only().set('/treatments/x', page('Local copy'), setCtx)
    await server.stop()
    try {
      const entry = await only().get('/treatments/x', ctx)
      expect((entry?.value as { html: string }).html).toContain('Local copy')
    } finally {
      await server.start()
    }
  })
})

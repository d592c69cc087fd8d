/**
 * Limits shared across instances: the Redis limiter against the real Redis (REDIS_URL, else
 * 127.0.0.1:6379), the memory fallback when Redis is unreachable or silent, and which store a
 * deployment gets. Keys live under a prefix of this run and are deleted afterwards.
 */
import { createServer, type Server } from 'node:net'
import { createRateLimiter } from '@/lib/rate-limit/create-rate-limiter'
import { createMemoryRateLimiter, type RateLimiter } from '@/lib/rate-limit/rate-limiter'
import { closeSharedRedis, sharedRedis } from '@/lib/rate-limit/redis-client'
import { createRedisRateLimiter } from '@/lib/rate-limit/redis-rate-limiter'
import { withMemoryFallback } from '@/lib/rate-limit/with-memory-fallback'
import { deleteKeys, openRedis, redisUrl, testKeyPrefix } from '../../helpers/rate-limit-targets'

const WINDOW = { max: 2, windowMs: 60_000 }
const prefix = testKeyPrefix('shared')
// Two app instances: each has its own connection.
const instanceA = openRedis()
const instanceB = openRedis()

let warn: jest.SpyInstance
let info: jest.SpyInstance
beforeEach(() => {
  warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
  info = jest.spyOn(console, 'info').mockImplementation(() => undefined)
})
afterEach(() => jest.restoreAllMocks())

beforeAll(() => Promise.all([instanceA.ready, instanceB.ready]))
afterAll(async () => {
  closeSharedRedis()
  await deleteKeys(instanceA, prefix)
  instanceA.client.destroy()
  instanceB.client.destroy()
})

const logged = (spy: jest.SpyInstance) => spy.mock.calls.map((args: unknown[]) => args.join(' '))

/** Resolves with how long the call took. */
async function timed<T>(call: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now()
  const value = await call()
  return { value, ms: performance.now() - started }
}

describe('Redis rate limiter', () => {
  it('shares one count between two instances', async () => {
    const a = createRedisRateLimiter({
      ...WINDOW,
      client: instanceA.client,
      name: 'booking',
      keyPrefix: `${prefix}:share`,
    })
    const b = createRedisRateLimiter({
      ...WINDOW,
      client: instanceB.client,
      name: 'booking',
      keyPrefix: `${prefix}:share`,
    })
    const now = Date.now()
    await a.record('client', now)
    expect(await b.check('client', now)).toEqual({ allowed: true, remaining: 1, retryAfterSeconds: 0 })
    await b.record('client', now)
    expect((await a.check('client', now)).allowed).toBe(false)
    expect((await b.check('client', now)).allowed).toBe(false)
  })

  it('stores only the client key and request times, under <prefix>:<limiter>:<key>, for the window', async () => {
    const limiter = createRedisRateLimiter({
      ...WINDOW,
      client: instanceA.client,
      name: 'booking',
      keyPrefix: `${prefix}:stored`,
    })
    const now = Date.now()
    await limiter.record('hashed-key', now)
    await limiter.record('hashed-key', now + 1)
    await limiter.record('hashed-key', now + 2)
    const keys: string[] = []
    for await (const page of instanceA.client.scanIterator({ MATCH: `${prefix}:stored:*` })) keys.push(...page)
    expect(keys).toEqual([`${prefix}:stored:booking:hashed-key`])
    const entries = await instanceA.client.zRangeWithScores(`${prefix}:stored:booking:hashed-key`, 0, -1)
    // Trimmed to the newest `max`; each member is its time plus a random tag.
    expect(entries.map((entry) => entry.score)).toEqual([now + 1, now + 2])
    for (const entry of entries) expect(entry.value).toMatch(new RegExp(`^${entry.score}:[A-Za-z0-9_-]+$`))
    const ttl = await instanceA.client.pTTL(`${prefix}:stored:booking:hashed-key`)
    expect(ttl).toBeGreaterThan(0)
    expect(ttl).toBeLessThanOrEqual(WINDOW.windowMs)
  })

  it('keeps limiters with the same client keys apart by name', async () => {
    const options = { ...WINDOW, max: 1, client: instanceA.client, keyPrefix: `${prefix}:names` }
    const perClient = createRedisRateLimiter({ ...options, name: 'staff-sign-in-client' })
    const booking = createRedisRateLimiter({ ...options, name: 'booking' })
    await perClient.record('client')
    expect((await perClient.check('client')).allowed).toBe(false)
    expect((await booking.check('client')).allowed).toBe(true)
  })
})

describe('createRateLimiter', () => {
  const spec = (name: string) => ({ ...WINDOW, name, keyPrefix: `${prefix}:select` })

  it('without REDIS_URL counts in this process only and writes nothing to Redis', async () => {
    const one = createRateLimiter(spec('memory'), {})
    const other = createRateLimiter(spec('memory'), {})
    await one.record('client')
    await one.record('client')
    expect((await one.check('client')).allowed).toBe(false)
    expect((await other.check('client')).allowed).toBe(true)
    expect(await instanceA.client.exists(`${prefix}:select:memory:client`)).toBe(0)
  })

  it('with REDIS_URL counts in Redis from the first request on', async () => {
    const limiter = createRateLimiter(spec('redis'), { REDIS_URL: redisUrl })
    await limiter.record('client')
    // Seen by another instance: the count is in Redis, not only in this process.
    const elsewhere = createRedisRateLimiter({ ...spec('redis'), client: instanceB.client })
    expect(await elsewhere.check('client')).toMatchObject({ allowed: true, remaining: 1 })
    await elsewhere.record('client')
    expect((await limiter.check('client')).allowed).toBe(false)
    expect(logged(warn)).toEqual([])
  })
})

describe('sharedRedis', () => {
  afterEach(() => closeSharedRedis())

  it('opens one connection per URL for the whole process, whichever copy of the module asks', async () => {
    const first = sharedRedis(redisUrl)
    // Closed only once it is open: a client destroyed while connecting keeps retrying.
    await first.firstAttempt
    let fromCopy: unknown
    jest.isolateModules(() => {
      const copy = jest.requireActual<typeof import('@/lib/rate-limit/redis-client')>('@/lib/rate-limit/redis-client')
      fromCopy = copy.sharedRedis(redisUrl)
    })
    expect(fromCopy).toBe(first)
    closeSharedRedis()
    const second = sharedRedis(redisUrl)
    expect(second).not.toBe(first)
    await second.firstAttempt
  })
})

describe('Redis unavailable: limits fall back to memory', () => {
  // The client's reconnect back-off (up to 2 s) outlives destroy(); closing right after each
  // test lets it run out during the next one instead of keeping jest alive at the end.
  afterEach(() => closeSharedRedis())

  it('answers at once when nothing listens on the Redis port, still limits, and warns once without the client key', async () => {
    const limiter = createRateLimiter({ ...WINDOW, name: 'booking' }, { REDIS_URL: 'redis://127.0.0.1:1' })
    const calls = [
      await timed(() => limiter.check('secret-client-key')),
      await timed(() => limiter.record('secret-client-key')),
      await timed(() => limiter.record('secret-client-key')),
    ]
    for (const { ms } of calls) expect(ms).toBeLessThan(200)
    const limited = await timed(() => limiter.check('secret-client-key'))
    expect(limited.value.allowed).toBe(false)
    expect(limited.ms).toBeLessThan(200)

    const warnings = logged(warn)
    expect(warnings.filter((line) => line.includes('Rate limiter: shared store failed'))).toHaveLength(1)
    expect(warnings.join('\n')).toContain('"limiter":"booking","kind":"RedisOfflineError"')
    expect(warnings.join('\n')).not.toContain('secret-client-key')
  })

  it('gives up after the deadline when Redis accepts connections but never answers', async () => {
    const silent: Server = createServer((socket) => socket.on('data', () => undefined))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const address = silent.address()
    const port = typeof address === 'object' && address ? address.port : 0
    try {
      const limiter = createRateLimiter({ ...WINDOW, name: 'booking' }, { REDIS_URL: `redis://127.0.0.1:${port}` })
      const first = await timed(() => limiter.record('client'))
      expect(first.ms).toBeGreaterThanOrEqual(450)
      expect(first.ms).toBeLessThan(1000)
      const { value, ms } = await timed(() => limiter.check('client'))
      expect(value).toEqual({ allowed: true, remaining: 1, retryAfterSeconds: 0 })
      expect(ms).toBeLessThan(1000)
      // Once the connect timeout has passed, the client counts as offline: answers come at once.
      await new Promise((resolve) => setTimeout(resolve, 1000))
      expect((await timed(() => limiter.check('client'))).ms).toBeLessThan(200)
    } finally {
      closeSharedRedis()
      silent.close()
    }
  })
})

describe('withMemoryFallback', () => {
  /** A shared store that works, fails or never answers, as the test says. */
  function switchable(): { limiter: RateLimiter; mode: 'up' | 'down' | 'silent' } {
    const inner = createMemoryRateLimiter(WINDOW)
    const state: { limiter: RateLimiter; mode: 'up' | 'down' | 'silent' } = {
      mode: 'up',
      limiter: {
        check: (key, now) => guard(() => inner.check(key, now)),
        record: (key, now) => guard(() => inner.record(key, now)),
        take: (key, now) => guard(() => inner.take(key, now)),
      },
    }
    function guard<T>(call: () => Promise<T>): Promise<T> {
      if (state.mode === 'down')
        return Promise.reject(
          Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:6379 key=abc'), { code: 'ECONNREFUSED' }),
        )
      if (state.mode === 'silent') return new Promise<T>(() => undefined)
      return call()
    }
    return state
  }

  it('counts records in memory too, so the fallback knows recent requests when the store fails', async () => {
    const shared = switchable()
    const limiter = withMemoryFallback(shared.limiter, createMemoryRateLimiter(WINDOW), { name: 'booking' })
    await limiter.record('client', 1000)
    await limiter.record('client', 2000)
    shared.mode = 'down'
    expect(await limiter.check('client', 3000)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 58 })
  })

  it('answers from memory within the deadline when the store hangs', async () => {
    const shared = switchable()
    shared.mode = 'silent'
    const limiter = withMemoryFallback(shared.limiter, createMemoryRateLimiter(WINDOW), {
      name: 'booking',
      timeoutMs: 50,
    })
    const { value, ms } = await timed(() => limiter.check('client', 0))
    expect(value.allowed).toBe(true)
    expect(ms).toBeLessThan(300)
    expect(logged(warn).join('\n')).toContain('"kind":"TimeoutError"')
  })

  it('warns once per outage with the error class only, and goes back to the store when it answers', async () => {
    const shared = switchable()
    const limiter = withMemoryFallback(shared.limiter, createMemoryRateLimiter({ ...WINDOW, max: 1 }), {
      name: 'booking',
    })
    shared.mode = 'down'
    await limiter.record('client', 0)
    expect((await limiter.check('client', 0)).allowed).toBe(false)
    expect((await limiter.check('client', 0)).allowed).toBe(false)
    expect(logged(warn)).toEqual([
      'Rate limiter: shared store failed, counting in this process until it answers {"limiter":"booking","kind":"Error","code":"ECONNREFUSED"}',
    ])

    shared.mode = 'up'
    // The store's own count (nothing recorded there during the outage) decides again.
    expect((await limiter.check('client', 0)).allowed).toBe(true)
    expect(logged(info)).toEqual(['Rate limiter: shared store answers again {"limiter":"booking"}'])
  })
})

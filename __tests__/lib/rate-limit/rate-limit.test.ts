import { clientAddress, clientKey } from '@/lib/rate-limit/client-key'
import { createMemoryRateLimiter } from '@/lib/rate-limit/rate-limiter'
import { createSerialQueue } from '@/lib/rate-limit/serial-queue'
import { limiterTargets } from '../../helpers/rate-limit-targets'

describe.each(limiterTargets('behaviour'))('rate limiter on $name', (target) => {
  afterAll(() => target.dispose())

  it('allows max requests per sliding window, then says when to retry', async () => {
    const limiter = target.create({ name: 'window', max: 3, windowMs: 60_000 })
    for (const t of [0, 10_000, 20_000]) {
      expect((await limiter.check('a', t)).allowed).toBe(true)
      await limiter.record('a', t)
    }
    expect(await limiter.check('a', 30_000)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 30 })
    // The first request leaves the window at 60 s.
    expect(await limiter.check('a', 60_000)).toEqual({ allowed: true, remaining: 1, retryAfterSeconds: 0 })
    expect((await limiter.check('b', 30_000)).allowed).toBe(true)
  })

  it('does not count checks, only records', async () => {
    const limiter = target.create({ name: 'checks', max: 1, windowMs: 60_000 })
    for (let i = 0; i < 5; i += 1) expect((await limiter.check('a', 0)).allowed).toBe(true)
    await limiter.record('a', 0)
    expect((await limiter.check('a', 0)).allowed).toBe(false)
  })

  it('counts every request, even several in the same millisecond', async () => {
    const limiter = target.create({ name: 'same-ms', max: 3, windowMs: 60_000 })
    const remaining: number[] = []
    for (let i = 0; i < 3; i += 1) {
      await limiter.record('a', 5000)
      remaining.push((await limiter.check('a', 5000)).remaining)
    }
    expect(remaining).toEqual([2, 1, 0])
    expect(await limiter.check('a', 5000)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 60 })
  })

  it('keeps the newest max requests: the wait runs until the oldest of those leaves', async () => {
    const limiter = target.create({ name: 'newest', max: 2, windowMs: 60_000 })
    for (const t of [0, 1000, 2000, 3000]) await limiter.record('a', t)
    // The newest two are at 2 s and 3 s; the one at 2 s leaves at 62 s.
    expect(await limiter.check('a', 3000)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 59 })
    expect((await limiter.check('a', 62_000)).allowed).toBe(true)
  })

  it('take: of 60 parallel requests exactly max get through, and only those are counted', async () => {
    const limiter = target.create({ name: 'take', max: 5, windowMs: 60_000 })
    const states = await Promise.all(Array.from({ length: 60 }, () => limiter.take('a', 1000)))
    expect(states.filter((state) => state.allowed)).toHaveLength(5)
    expect(states.filter((state) => !state.allowed).every((state) => state.retryAfterSeconds === 60)).toBe(true)
    // The 55 refused were not counted: once the five leave the window, the client may go on.
    expect((await limiter.take('a', 61_000)).allowed).toBe(true)
    expect((await limiter.take('b', 1000)).remaining).toBe(5)
  })
})

describe('createMemoryRateLimiter', () => {
  it('sweeps idle clients so memory stays bounded', async () => {
    const limiter = createMemoryRateLimiter({ max: 1, windowMs: 1000, sweepAbove: 10 })
    for (let i = 0; i < 50; i += 1) await limiter.record(`client-${i}`, i * 2000)
    // Old clients were swept; a new one and a recent one still behave.
    expect((await limiter.check('client-49', 98_500)).allowed).toBe(false)
    expect((await limiter.check('client-0', 98_500)).allowed).toBe(true)
  })
})

describe('client key', () => {
  const headers = (values: Record<string, string>) => new Headers(values)

  it('takes the x-forwarded-for entry that nginx wrote (one trusted hop by default), never x-real-ip', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': '203.0.113.7' }))).toBe('203.0.113.7')
    // A client's own entry sits left of what the proxy appended: it is never read.
    expect(clientAddress(headers({ 'x-forwarded-for': '198.51.100.99, 203.0.113.7' }))).toBe('203.0.113.7')
    expect(clientAddress(headers({ 'x-real-ip': '198.51.100.2' }))).toBe('unknown')
    expect(clientAddress(headers({}))).toBe('unknown')
  })

  it('hashes the address: stable per client, never the raw IP', () => {
    const a = clientKey(headers({ 'x-forwarded-for': '203.0.113.7' }))
    expect(a).toBe(clientKey(headers({ 'x-forwarded-for': '203.0.113.7' })))
    expect(a).not.toBe(clientKey(headers({ 'x-forwarded-for': '203.0.113.8' })))
    expect(a).not.toContain('203')
  })

  it('is the same in every copy of the module (the booking form and the JSON API are separate bundles)', () => {
    const request = headers({ 'x-forwarded-for': '203.0.113.7' })
    let fromCopy = ''
    jest.isolateModules(() => {
      const copy = jest.requireActual<typeof import('@/lib/rate-limit/client-key')>('@/lib/rate-limit/client-key')
      fromCopy = copy.clientKey(request)
    })
    expect(fromCopy).toBe(clientKey(request))
  })
})

describe('createSerialQueue', () => {
  it('runs tasks for one key one at a time, in order, and other keys in parallel', async () => {
    const queue = createSerialQueue()
    const log: string[] = []
    const task = (name: string, ms: number) => async () => {
      log.push(`${name}:start`)
      await new Promise((resolve) => setTimeout(resolve, ms))
      log.push(`${name}:end`)
      return name
    }
    const results = await Promise.all([
      queue.run('a', task('a1', 20)),
      queue.run('a', task('a2', 1)),
      queue.run('b', task('b1', 1)),
    ])
    expect(results).toEqual(['a1', 'a2', 'b1'])
    expect(log.indexOf('a2:start')).toBeGreaterThan(log.indexOf('a1:end'))
    expect(log.indexOf('b1:end')).toBeLessThan(log.indexOf('a1:end'))
  })

  it('keeps going after a task fails', async () => {
    const queue = createSerialQueue()
    await expect(queue.run('a', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    await expect(queue.run('a', async () => 'next')).resolves.toBe('next')
  })

  it('refuses work beyond the pending limit for one key', async () => {
    const queue = createSerialQueue(2)
    let release: () => void = () => undefined
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    const first = queue.run('a', () => gate)
    const second = queue.run('a', async () => 'second')
    expect(await queue.run('a', async () => 'third')).toBe('busy')
    release()
    await first
    expect(await second).toBe('second')
  })
})

/** REDIS_URL and RATE_LIMIT_SECRET: validation, and the client key every instance must agree on. */
import { createHmac } from 'node:crypto'
import { forgetProcessSingleton } from '@/lib/process-singleton'
import { parseRateLimitConfig } from '@/lib/rate-limit/config'

const SECRET = 's'.repeat(32)

describe('parseRateLimitConfig', () => {
  it('keeps limits in memory by default', () => {
    expect(parseRateLimitConfig({})).toEqual({
      REDIS_URL: undefined,
      RATE_LIMIT_SECRET: undefined,
      TRUSTED_PROXY_HOPS: 1,
    })
    expect(parseRateLimitConfig({ REDIS_URL: '', RATE_LIMIT_SECRET: '', TRUSTED_PROXY_HOPS: '' })).toEqual({
      REDIS_URL: undefined,
      RATE_LIMIT_SECRET: undefined,
      TRUSTED_PROXY_HOPS: 1,
    })
  })

  it('reads redis:// and rediss:// URLs with a secret', () => {
    expect(parseRateLimitConfig({ REDIS_URL: 'redis://127.0.0.1:6379', RATE_LIMIT_SECRET: SECRET }).REDIS_URL).toBe(
      'redis://127.0.0.1:6379',
    )
    expect(
      parseRateLimitConfig({ REDIS_URL: 'rediss://default:pw@cache.example.com:6380/2', RATE_LIMIT_SECRET: SECRET })
        .RATE_LIMIT_SECRET,
    ).toBe(SECRET)
  })

  it('requires RATE_LIMIT_SECRET with REDIS_URL', () => {
    expect(() => parseRateLimitConfig({ REDIS_URL: 'redis://127.0.0.1:6379' })).toThrow(
      /Invalid rate-limit environment variables:\n {2}RATE_LIMIT_SECRET: required when REDIS_URL is set/,
    )
  })

  it('names every bad key in one error: a bad URL and a missing or short secret', () => {
    expect(() => parseRateLimitConfig({ REDIS_URL: 'http://cache:6379' })).toThrow(
      /REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL\n {2}RATE_LIMIT_SECRET: required/,
    )
    expect(() => parseRateLimitConfig({ REDIS_URL: 'cache:6379', RATE_LIMIT_SECRET: 'short' })).toThrow(
      /REDIS_URL: must be[\s\S]*RATE_LIMIT_SECRET: at least 32 characters/,
    )
  })
})

describe('clientKey across instances', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })

  /** clientKey as a freshly started instance with this environment computes it. */
  async function keyOnNewInstance(env: Record<string, string>, address: string): Promise<string> {
    process.env = { ...saved, REDIS_URL: '', RATE_LIMIT_SECRET: '', ...env }
    // A new process starts without this one's parsed config and random secret.
    forgetProcessSingleton('rate-limit:config')
    forgetProcessSingleton('rate-limit:client-key-secret')
    let key = ''
    await jest.isolateModulesAsync(async () => {
      const { clientKey } = await import('@/lib/rate-limit/client-key')
      key = clientKey(new Headers({ 'x-forwarded-for': address }))
    })
    return key
  }

  const hmac = (secret: string, address: string) =>
    createHmac('sha256', secret).update(address).digest('base64url').slice(0, 22)

  it('is the same on every instance with REDIS_URL and the same RATE_LIMIT_SECRET', async () => {
    const env = { REDIS_URL: 'redis://127.0.0.1:6379', RATE_LIMIT_SECRET: SECRET }
    const first = await keyOnNewInstance(env, '203.0.113.7')
    expect(await keyOnNewInstance(env, '203.0.113.7')).toBe(first)
    expect(first).toBe(hmac(SECRET, '203.0.113.7'))
    expect(first).not.toContain('203')
    expect(await keyOnNewInstance({ ...env, RATE_LIMIT_SECRET: 't'.repeat(32) }, '203.0.113.7')).not.toBe(first)
  })

  it('without REDIS_URL uses a random per-process secret, not RATE_LIMIT_SECRET', async () => {
    const key = await keyOnNewInstance({ RATE_LIMIT_SECRET: SECRET }, '203.0.113.7')
    expect(key).not.toBe(hmac(SECRET, '203.0.113.7'))
    expect(key).toHaveLength(22)
  })
})

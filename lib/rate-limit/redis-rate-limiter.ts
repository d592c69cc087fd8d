/**
 * The sliding-window limiter on Redis, so that every instance of the site counts the same
 * requests. One sorted set per limited key, `<prefix>:<limiter name>:<client key>`: each member
 * is a request time plus a random tag (two requests in one millisecond are two members), scored
 * by that time. Only hashed client keys and times are stored, and only for the window.
 *
 * Each call is one round trip: MULTI/EXEC, or for `take` a Lua script (Redis runs it atomically). Errors are thrown: `with-memory-fallback.ts` decides
 * what a request gets while Redis fails.
 */
import 'server-only'
import { randomBytes } from 'node:crypto'
import type { RedisClientType } from 'redis'
import { windowState, type RateLimiter, type RateLimitSpec } from './rate-limiter'

const DEFAULT_KEY_PREFIX = 'clinic:rate'

/** KEYS[1] the set; ARGV: now, window ms, max, member. Returns { count before, oldest score or false }. */
const TAKE_SCRIPT = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
local count = redis.call('ZCARD', KEYS[1])
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if count < tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return { count, oldest[2] or false }
`

export interface RedisRateLimiterOptions extends RateLimitSpec {
  client: RedisClientType
  /** Waited for before each call (see RedisConnection.firstAttempt). */
  ready?: Promise<void>
}

export function createRedisRateLimiter({
  client,
  name,
  max,
  windowMs,
  keyPrefix = DEFAULT_KEY_PREFIX,
  ready,
}: RedisRateLimiterOptions): RateLimiter {
  const redisKey = (key: string) => `${keyPrefix}:${name}:${key}`
  const transaction = () => {
    // MULTI skips the client's disableOfflineQueue check: without this a transaction issued
    // while Redis is down would wait in the queue for the reconnect.
    if (!client.isReady) throw Object.assign(new Error('Redis is not connected'), { name: 'RedisOfflineError' })
    return client.multi()
  }

  return {
    async check(key, now = Date.now()) {
      await ready
      const setKey = redisKey(key)
      const [, count, oldest] = await transaction()
        // Times at or before now - window have left the window (as in the memory limiter).
        .zRemRangeByScore(setKey, '-inf', now - windowMs)
        .zCard(setKey)
        .zRangeWithScores(setKey, 0, 0)
        .execTyped()
      return windowState({ max, windowMs }, count, oldest[0]?.score, now)
    },
    async take(key, now = Date.now()) {
      await ready
      if (!client.isReady) throw Object.assign(new Error('Redis is not connected'), { name: 'RedisOfflineError' })
      const reply = await client.eval(TAKE_SCRIPT, {
        keys: [redisKey(key)],
        arguments: [String(now), String(windowMs), String(max), `${now}:${randomBytes(6).toString('base64url')}`],
      })
      const [count, oldest] = Array.isArray(reply) ? reply : []
      if (typeof count !== 'number') throw new Error('Unexpected reply from the rate-limit script')
      return windowState({ max, windowMs }, count, oldest == null ? undefined : Number(oldest), now)
    },
    async record(key, now = Date.now()) {
      await ready
      const setKey = redisKey(key)
      await transaction()
        .zRemRangeByScore(setKey, '-inf', now - windowMs)
        .zAdd(setKey, { score: now, value: `${now}:${randomBytes(6).toString('base64url')}` })
        // Only the newest `max` matter for the decision: this bounds the set's size.
        .zRemRangeByRank(setKey, 0, -(max + 1))
        // An idle client's set disappears once its last request has left the window.
        .pExpire(setKey, windowMs)
        .execTyped()
    },
  }
}

/**
 * The stores a rate-limit test runs against: memory, and the real Redis at REDIS_URL (else
 * redis://127.0.0.1:6379; the project's machines and CI run one). Every Redis key a test file
 * makes is under a prefix of its own, deleted by dispose().
 */
import { createMemoryRateLimiter, type RateLimiter, type RateLimitSpec } from '@/lib/rate-limit/rate-limiter'
import { connectRedis, type RedisConnection } from '@/lib/rate-limit/redis-client'
import { createRedisRateLimiter } from '@/lib/rate-limit/redis-rate-limiter'

export const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379'

export interface LimiterTarget {
  name: string
  /** A limiter with counts of its own (a fresh key prefix on Redis). */
  create(spec: RateLimitSpec): RateLimiter
  dispose(): Promise<void>
}

/** A connection like the app's, plus `ready`, which fails clearly if Redis is not answering. */
export function openRedis(url = redisUrl): RedisConnection & { ready: Promise<void> } {
  const connection = connectRedis(url)
  const ready = connection.firstAttempt.then(() => {
    if (!connection.client.isReady) {
      throw new Error(`Redis is not answering at ${url}: start it (redis-server --daemonize yes) or set REDIS_URL`)
    }
  })
  return { ...connection, ready }
}

export function testKeyPrefix(label: string): string {
  return `clinic:rate:test:${label}:${process.pid}:${Date.now()}`
}

export async function deleteKeys(connection: RedisConnection, prefix: string): Promise<void> {
  const keys: string[] = []
  for await (const page of connection.client.scanIterator({ MATCH: `${prefix}:*`, COUNT: 1000 })) keys.push(...page)
  if (keys.length > 0) await connection.client.del(keys)
}

function redisTarget(label: string): LimiterTarget {
  const prefix = testKeyPrefix(label)
  let connection: ReturnType<typeof openRedis> | undefined
  let limiters = 0
  return {
    name: 'Redis',
    create(spec) {
      connection ??= openRedis()
      limiters += 1
      const { client, ready } = connection
      return createRedisRateLimiter({ ...spec, client, ready, keyPrefix: `${prefix}:${limiters}` })
    },
    async dispose() {
      if (!connection) return
      try {
        await connection.ready
        await deleteKeys(connection, prefix)
      } finally {
        connection.client.destroy()
      }
    },
  }
}

const memoryTarget: LimiterTarget = {
  name: 'memory',
  create: (spec) => createMemoryRateLimiter(spec),
  dispose: async () => undefined,
}

export function limiterTargets(label: string): LimiterTarget[] {
  return [memoryTarget, redisTarget(label)]
}

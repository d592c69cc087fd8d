/**
 * The limiter a deployment gets. With REDIS_URL, counts are shared by every instance through
 * Redis (and answered from this process's memory while Redis fails); without it, they are kept
 * in this process's memory, which suits a single instance.
 */
import 'server-only'
import { rateLimitConfig, type RateLimitConfig } from './config'
import { createMemoryRateLimiter, type RateLimiter, type RateLimitSpec } from './rate-limiter'
import { sharedRedis } from './redis-client'
import { createRedisRateLimiter } from './redis-rate-limiter'
import { withMemoryFallback } from './with-memory-fallback'

export function createRateLimiter(
  spec: RateLimitSpec,
  config: Pick<RateLimitConfig, 'REDIS_URL'> = rateLimitConfig(),
): RateLimiter {
  const memory = createMemoryRateLimiter(spec)
  if (!config.REDIS_URL) return memory
  const { client, firstAttempt } = sharedRedis(config.REDIS_URL)
  const redis = createRedisRateLimiter({ ...spec, client, ready: firstAttempt })
  return withMemoryFallback(redis, memory, { name: spec.name })
}

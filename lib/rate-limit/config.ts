/**
 * Rate-limit store environment, shared by the booking form and staff sign-in. Parsed on first
 * use (never at build) and checked at start by instrumentation.ts; every bad key is listed.
 *
 * REDIS_URL unset keeps today's per-process limits. With it, every instance counts in Redis,
 * and the client-address HMAC must then be the same everywhere, hence RATE_LIMIT_SECRET.
 */
import 'server-only'
import { z } from 'zod'
import { int, optional, parseEnvSchema, secret } from '@/lib/env-schema'
import { processSingleton } from '@/lib/process-singleton'

const schema = z
  .object({
    /** redis://[user:pass@]host:6379[/db] or rediss://... (TLS). */
    REDIS_URL: optional(z.string().regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL')),
    RATE_LIMIT_SECRET: secret,
    /**
     * How many proxies in front of the app append to X-Forwarded-For: the client is the entry
     * this many from the right (deploy/nginx.conf sets it to the one address nginx saw: 1).
     * 0 means no proxy: the header is ignored, since every client could write it.
     */
    TRUSTED_PROXY_HOPS: int(0, 10, 1),
  })
  .refine((config) => !config.REDIS_URL || config.RATE_LIMIT_SECRET !== undefined, {
    path: ['RATE_LIMIT_SECRET'],
    message: 'required when REDIS_URL is set: the same value on every instance, at least 32 characters',
  })

export type RateLimitConfig = z.infer<typeof schema>

export function parseRateLimitConfig(source: Record<string, string | undefined>): RateLimitConfig {
  return parseEnvSchema(schema, source, 'rate-limit ')
}

/** A bad environment throws on every call (nothing is stored), as at start. */
export function rateLimitConfig(): RateLimitConfig {
  return processSingleton('rate-limit:config', () => parseRateLimitConfig(process.env))
}

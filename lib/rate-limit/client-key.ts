/**
 * Who is asking, for rate limiting only. The address is hashed (HMAC-SHA256), so no raw IP sits
 * in memory dumps or Redis, or could reach a log through this key.
 *
 * With REDIS_URL the key is shared by every instance, so the secret must be the same on each:
 * RATE_LIMIT_SECRET (config.ts requires it then). Without Redis a random secret per process is
 * enough, and nothing outlives the process.
 */
import 'server-only'
import { createHmac, randomBytes } from 'node:crypto'
import { processSingleton } from '@/lib/process-singleton'
import { rateLimitConfig } from './config'
import { rateLimitSubject } from './ip-address'

interface HeaderSource {
  get(name: string): string | null
}

/**
 * The first x-forwarded-for hop (set by the proxy in front of the app), else x-real-ip.
 * Behind no proxy a client can forge these headers: deploy behind one that overwrites them.
 */
export function clientAddress(headers: HeaderSource): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || headers.get('x-real-ip')?.trim() || 'unknown'
}

function secret(): string | Buffer {
  const { REDIS_URL, RATE_LIMIT_SECRET } = rateLimitConfig()
  if (REDIS_URL && RATE_LIMIT_SECRET) return RATE_LIMIT_SECRET
  // Once per process: Next.js bundles route handlers and Server Actions separately, and the
  // booking form and the JSON API must hash one client to one key.
  return processSingleton('rate-limit:client-key-secret', () => randomBytes(32))
}

/** The client's limit key: an HMAC of its address (an IPv6 client's /64, see ip-address.ts). */
export function clientKey(headers: HeaderSource): string {
  return createHmac('sha256', secret())
    .update(rateLimitSubject(clientAddress(headers)))
    .digest('base64url')
    .slice(0, 22)
}

/**
 * Who is asking, for rate limiting only. The address is hashed (HMAC-SHA256), so no raw IP sits
 * in memory dumps or Redis, or could reach a log through this key. A booking's phone number and
 * e-mail address are keyed the same way (`contactKey`): patient data never becomes a Redis key.
 *
 * With REDIS_URL the key is shared by every instance, so the secret must be the same on each:
 * RATE_LIMIT_SECRET (config.ts requires it then). Without Redis a random secret per process is
 * enough, and nothing outlives the process.
 */
import 'server-only'
import { createHmac, randomBytes } from 'node:crypto'
import { processSingleton } from '@/lib/process-singleton'
import { rateLimitConfig } from './config'
import { rateLimitSubject, UNKNOWN_SUBJECT } from './ip-address'

interface HeaderSource {
  get(name: string): string | null
}

/**
 * The client's address as the proxies in front of the app saw it: the X-Forwarded-For entry
 * `hops` from the right. Each trusted proxy appends the address it was connected from, so the
 * entries left of those are whatever the client sent and are never read. With 0 hops (no proxy)
 * the header is ignored and every client shares one limit: `next start` keeps an
 * X-Forwarded-For a client sends, so there is no address to trust. X-Real-IP is not read:
 * deploy/nginx.conf does not set it, so a client could.
 */
export function clientAddress(headers: HeaderSource, hops = rateLimitConfig().TRUSTED_PROXY_HOPS): string {
  if (hops === 0) return UNKNOWN_SUBJECT
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
  // Fewer entries than proxies: the request did not come through all of them.
  return entries[entries.length - hops] ?? UNKNOWN_SUBJECT
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

export type ContactKind = 'phone' | 'email'

/**
 * The limit key of a patient's phone number or e-mail address (already normalised by the
 * caller): an HMAC with the same secret as the client keys, the kind mixed in so a phone number
 * and an address can never share a key.
 */
export function contactKey(kind: ContactKind, value: string): string {
  return createHmac('sha256', secret()).update(`${kind}:${value}`).digest('base64url').slice(0, 22)
}

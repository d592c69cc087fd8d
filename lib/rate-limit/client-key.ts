/**
 * Who is asking, for rate limiting only. The address is hashed with a per-process secret, so
 * no raw IP sits in memory dumps or could reach a log through this key.
 */
import 'server-only'
import { createHmac, randomBytes } from 'node:crypto'

const secret = randomBytes(32)

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

export function clientKey(headers: HeaderSource): string {
  return createHmac('sha256', secret).update(clientAddress(headers)).digest('base64url').slice(0, 22)
}

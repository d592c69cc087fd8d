/**
 * The Redis connection for shared rate limits: one per process, made on first use and held by
 * processSingleton (Next.js bundles route handlers and Server Actions separately, and dev
 * reloads modules; each would otherwise open its own).
 *
 * Tuned so that Redis can never hold a request up: a short connect timeout, and no offline
 * queue, so while it is connecting or reconnecting a command fails at once (and the limiter
 * answers from memory) instead of waiting. The client keeps reconnecting in the background.
 */
import 'server-only'
import { createClient, type RedisClientType } from 'redis'
import { errorSummary, log } from '@/lib/log'
import { processSingleton } from '@/lib/process-singleton'

const CONNECT_TIMEOUT_MS = 1000
/** Commands stuck on a connection that stopped answering: beyond this many, new ones fail at once. */
const MAX_PENDING_COMMANDS = 1000

export interface RedisConnection {
  client: RedisClientType
  /**
   * Settles when the first connection attempt has succeeded, failed or timed out (never
   * rejects). Limiters wait for it, within their deadline, so a fresh process or a serverless
   * cold start does not answer its first requests from memory because the socket was opening.
   */
  firstAttempt: Promise<void>
}

const connections = () => processSingleton('rate-limit:redis-connections', () => new Map<string, RedisConnection>())

export function connectRedis(url: string): RedisConnection {
  const client: RedisClientType = createClient({
    url,
    disableOfflineQueue: true,
    commandsQueueMaxLength: MAX_PENDING_COMMANDS,
    socket: { connectTimeout: CONNECT_TIMEOUT_MS },
  })
  // Every failed reconnect emits 'error'; one line per outage is enough. Without a listener
  // an 'error' event would crash the process.
  let reported = false
  client.on('error', (error: unknown) => {
    if (reported) return
    reported = true
    log.warn('Redis connection failed; rate limits count per process until it is back', errorSummary(error))
  })
  client.on('ready', () => {
    reported = false
  })
  const firstAttempt = new Promise<void>((resolve) => {
    client.once('ready', () => resolve())
    client.once('error', () => resolve())
    // A server that accepts the connection but never answers the handshake emits neither.
    setTimeout(resolve, CONNECT_TIMEOUT_MS).unref()
  })
  // Not awaited: while it is not ready, commands fail fast and the limiters use memory.
  client.connect().catch(() => undefined)
  return { client, firstAttempt }
}

/** The process-wide connection for this URL. */
export function sharedRedis(url: string): RedisConnection {
  let connection = connections().get(url)
  if (!connection) {
    connection = connectRedis(url)
    connections().set(url, connection)
  }
  return connection
}

/** Closes the process-wide connections (for tests). */
export function closeSharedRedis(): void {
  for (const { client } of connections().values()) client.destroy()
  connections().clear()
}

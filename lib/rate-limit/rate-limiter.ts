/**
 * Per-client rate limiting. The interface is what callers use. It is async because with
 * REDIS_URL the counts live in Redis, shared by every instance (`redis-rate-limiter.ts`, picked
 * by `create-rate-limiter.ts`). This in-memory sliding window is the default for one instance
 * and the fallback while Redis fails (`with-memory-fallback.ts`).
 */
import 'server-only'

export interface RateLimitState {
  allowed: boolean
  remaining: number
  /** Seconds until one more request is allowed (0 when allowed). */
  retryAfterSeconds: number
}

export interface RateLimiter {
  /** Looks without counting. */
  check(key: string, now?: number): Promise<RateLimitState>
  /** Counts one request. */
  record(key: string, now?: number): Promise<void>
  /**
   * Checks and counts in one atomic step: the answer says whether this request was within the
   * limit, and only those that were are counted. For gates that must hold under a burst of
   * parallel requests (a check then a record lets all of them through).
   */
  take(key: string, now?: number): Promise<RateLimitState>
}

export interface RateLimitWindow {
  max: number
  windowMs: number
}

/** What a limiter is made from, whichever store keeps its counts. */
export interface RateLimitSpec extends RateLimitWindow {
  /** Keeps limiters apart in Redis and in log lines: 'booking', 'staff-sign-in-client', ... */
  name: string
  /** Redis keys start with it (default `clinic:rate`); tests use their own, to delete exactly their keys. */
  keyPrefix?: string
}

/**
 * The decision from what is inside the window: how many requests, and when the oldest of them
 * was made (it is the next to leave). Shared so every store answers the same way.
 */
export function windowState(
  { max, windowMs }: RateLimitWindow,
  count: number,
  oldest: number | undefined,
  now: number,
): RateLimitState {
  if (count < max) return { allowed: true, remaining: max - count, retryAfterSeconds: 0 }
  const leavesAt = (oldest ?? now) + windowMs
  return { allowed: false, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil((leavesAt - now) / 1000)) }
}

export interface MemoryRateLimiterOptions extends RateLimitWindow {
  /** Above this many tracked clients, stale entries are swept (bounds memory under a flood). */
  sweepAbove?: number
}

export function createMemoryRateLimiter({ max, windowMs, sweepAbove = 10_000 }: MemoryRateLimiterOptions): RateLimiter {
  // Per key, the times of requests inside the window: at most `max` numbers each.
  const hits = new Map<string, number[]>()

  const recent = (key: string, now: number) => {
    const list = (hits.get(key) ?? []).filter((time) => now - time < windowMs)
    if (list.length === 0) hits.delete(key)
    else hits.set(key, list)
    return list
  }

  return {
    async check(key, now = Date.now()) {
      const list = recent(key, now)
      return windowState({ max, windowMs }, list.length, list[0], now)
    },
    async take(key, now = Date.now()) {
      // No await between reading and counting: atomic within this process.
      const list = recent(key, now)
      const state = windowState({ max, windowMs }, list.length, list[0], now)
      if (state.allowed) {
        list.push(now)
        hits.set(key, list)
      }
      return state
    },
    async record(key, now = Date.now()) {
      const list = recent(key, now)
      list.push(now)
      // Only the newest `max` matter for the decision.
      hits.set(key, list.slice(-max))
      if (hits.size > sweepAbove) {
        for (const other of [...hits.keys()]) recent(other, now)
      }
    },
  }
}

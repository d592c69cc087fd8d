/**
 * Per-client rate limiting. The interface is what callers use; this in-memory sliding-window
 * version suits one instance. Several instances behind a load balancer need a shared store
 * (Redis) behind the same interface, or each instance allows the full limit.
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
  check(key: string, now?: number): RateLimitState
  /** Counts one request. */
  record(key: string, now?: number): void
}

export interface MemoryRateLimiterOptions {
  max: number
  windowMs: number
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
    check(key, now = Date.now()) {
      const list = recent(key, now)
      if (list.length < max) return { allowed: true, remaining: max - list.length, retryAfterSeconds: 0 }
      const oldest = list[0] ?? now
      return { allowed: false, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)) }
    },
    record(key, now = Date.now()) {
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

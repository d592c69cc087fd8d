/**
 * A shared limiter that can never block or lose a request: every call to the shared store gets
 * a deadline, and on any error or timeout the answer comes from a per-process memory limiter
 * with the same settings. Limits then degrade to one instance's view, they do not disappear.
 *
 * Records always go to memory too, so the fallback starts warm: an outage in the middle of a
 * window does not hand every client a fresh allowance on this instance.
 */
import 'server-only'
import { errorSummary, log } from '@/lib/log'
import type { RateLimiter } from './rate-limiter'

const SHARED_STORE_TIMEOUT_MS = 500

export interface FallbackOptions {
  /** Names the limiter in log lines (never a client key). */
  name: string
  timeoutMs?: number
}

export function withMemoryFallback(
  shared: RateLimiter,
  memory: RateLimiter,
  { name, timeoutMs = SHARED_STORE_TIMEOUT_MS }: FallbackOptions,
): RateLimiter {
  // One warning when the shared store starts failing and one line when it is back, not one per request.
  let failing = false

  async function sharedOr<T>(call: () => Promise<T>, instead: () => Promise<T>): Promise<T> {
    try {
      const result = await withDeadline(call(), timeoutMs)
      if (failing) {
        failing = false
        log.info('Rate limiter: shared store answers again', { limiter: name })
      }
      return result
    } catch (error) {
      if (!failing) {
        failing = true
        log.warn('Rate limiter: shared store failed, counting in this process until it answers', {
          limiter: name,
          ...errorSummary(error),
        })
      }
      return instead()
    }
  }

  return {
    check(key, now = Date.now()) {
      return sharedOr(
        () => shared.check(key, now),
        () => memory.check(key, now),
      )
    },
    async take(key, now = Date.now()) {
      let fellBack = false
      const state = await sharedOr(
        () => shared.take(key, now),
        () => {
          fellBack = true
          return memory.take(key, now)
        },
      )
      // Keep memory warm, as record() does.
      if (!fellBack && state.allowed) await memory.record(key, now)
      return state
    },
    async record(key, now = Date.now()) {
      await memory.record(key, now)
      await sharedOr(
        () => shared.record(key, now),
        async () => undefined,
      )
    },
  }
}

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error(`no answer within ${ms} ms`), { name: 'TimeoutError' })),
      ms,
    )
  })
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer))
}

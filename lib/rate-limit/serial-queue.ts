/**
 * Runs one task at a time per key. Booking requests from one client are serialised so
 * that the limiter sees each outcome before the next request starts (fifty simultaneous
 * posts cannot all slip past a check), and one client cannot hog the database.
 */
import 'server-only'

export interface SerialQueue {
  /** Runs fn after earlier tasks for the key; 'busy' if too many are already waiting. */
  run<T>(key: string, fn: () => Promise<T>): Promise<T | 'busy'>
}

export function createSerialQueue(maxPendingPerKey = 100): SerialQueue {
  const tails = new Map<string, { tail: Promise<unknown>; pending: number }>()

  return {
    async run(key, fn) {
      const entry = tails.get(key) ?? { tail: Promise.resolve(), pending: 0 }
      if (entry.pending >= maxPendingPerKey) return 'busy'
      entry.pending += 1
      const result = entry.tail.then(() => fn())
      entry.tail = result.catch(() => undefined)
      tails.set(key, entry)
      try {
        return await result
      } finally {
        entry.pending -= 1
        if (entry.pending === 0 && tails.get(key) === entry) tails.delete(key)
      }
    },
  }
}

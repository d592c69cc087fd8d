/**
 * A small least-recently-used map. Caches keyed by anything a request can choose (a time zone
 * from `?tz=`) must have a ceiling, or a client that varies the key grows the process without end.
 * Browser-safe: a Map keeps insertion order, so the first key is the least recently used one.
 */
export interface LruCache<V> {
  get(key: string): V | undefined
  set(key: string, value: V): void
  readonly size: number
}

export function createLruCache<V>(maxEntries: number): LruCache<V> {
  const entries = new Map<string, V>()
  return {
    get(key) {
      const value = entries.get(key)
      if (value === undefined) return undefined
      // Re-inserting moves the key to the young end.
      entries.delete(key)
      entries.set(key, value)
      return value
    },
    set(key, value) {
      entries.delete(key)
      entries.set(key, value)
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next()
        if (oldest.done) break
        entries.delete(oldest.value)
      }
    },
    get size() {
      return entries.size
    },
  }
}

/**
 * The shared half of the page cache: rendered pages, data-cache entries and tag revalidations
 * in Redis, so every instance behind a load balancer serves what any of them rendered, and a
 * publish webhook that reaches one instance reaches them all.
 *
 * Redis must never take a page down. Every command has a deadline; a failure or a timeout is
 * an answer of "unknown" (the caller then uses this instance's own cache or renders afresh),
 * and there is one log line when Redis stops answering and one when it is back, not one per
 * request. Tag revalidations that could not be written are kept and written on reconnect, so
 * a publish during an outage still reaches the other instances once Redis returns.
 *
 * Layout (prefix "clinic:page-cache"):
 *   <prefix>:<build id>:<cache key>  one gzipped entry (./cache-entry-codec.cjs), with a TTL;
 *                                    per build, so a deploy never serves the old build's HTML
 *                                    (it names script chunks that no longer exist)
 *   <prefix>:tags                    hash: tag -> {"stale","expired","at"} (at = when revalidated)
 *
 * Plain CommonJS: Next loads the cache handler at run time with require().
 */
const { createClient, RESP_TYPES } = require('redis')
const { encodeEntry, decodeEntry } = require('./cache-entry-codec.cjs')

/** Beyond this a page is rendered or read locally instead: Redis is down or overloaded. */
const COMMAND_TIMEOUT_MS = 300
const CONNECT_TIMEOUT_MS = 1000
/** Unused entries leave Redis after a week; a page asked for again is rendered again. */
const ENTRY_TTL_SECONDS = 7 * 24 * 3600
const KEY_PREFIX = 'clinic:page-cache'

function log(level, message, detail) {
  const line = detail ? `${message} ${JSON.stringify(detail)}` : message
  if (level === 'warn') console.warn(line)
  else console.info(line)
}

/** An error's class and code, never its message (messages can quote keys). */
function errorSummary(error) {
  const kind = error instanceof Error ? error.name : typeof error
  const code = error && typeof error === 'object' && typeof error.code === 'string' ? error.code : undefined
  return code ? { kind, code } : { kind }
}

function withDeadline(promise, ms) {
  let timer
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error(`no answer within ${ms} ms`), { name: 'TimeoutError' })),
      ms,
    )
  })
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer))
}

class RedisPageCache {
  /**
   * @param {string} url redis:// or rediss://
   * @param {{ timeoutMs?: number, keyPrefix?: string }} [options] keyPrefix: tests keep apart
   */
  constructor(url, { timeoutMs = COMMAND_TIMEOUT_MS, keyPrefix = KEY_PREFIX } = {}) {
    this.timeoutMs = timeoutMs
    this.keyPrefix = keyPrefix
    this.failing = false
    /** Tag revalidations Redis did not take, by tag: written when it answers again. */
    this.unsentTags = new Map()
    // No offline queue: while (re)connecting, commands fail at once instead of waiting.
    this.client = createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: CONNECT_TIMEOUT_MS } })
    this.bytes = this.client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer })
    // Each failed reconnect emits 'error'; without a listener it would crash the process.
    this.client.on('error', (error) => this.down(error))
    this.client.on('ready', () => {
      this.up()
      void this.flushUnsentTags()
    })
    // Settles when the first connection attempt succeeds, fails or times out: commands wait for
    // it, so a process that just started does not report an outage because its socket was opening.
    this.firstAttempt = new Promise((resolve) => {
      this.client.once('ready', resolve)
      this.client.once('error', resolve)
      setTimeout(resolve, CONNECT_TIMEOUT_MS).unref()
    })
    this.client.connect().catch(() => undefined)
  }

  down(error) {
    if (this.failing) return
    this.failing = true
    log(
      'warn',
      'Page cache: Redis is not answering; each instance serves its own cache until it is back',
      errorSummary(error),
    )
  }

  up() {
    if (!this.failing) return
    this.failing = false
    log('info', 'Page cache: Redis answers again; the cache is shared')
  }

  /** The command's answer, or undefined when Redis failed or was too slow. */
  async attempt(command) {
    await this.firstAttempt
    try {
      const result = await withDeadline(command(), this.timeoutMs)
      this.up()
      return { result }
    } catch (error) {
      this.down(error)
      return undefined
    }
  }

  entryKey(buildId, key) {
    return `${this.keyPrefix}:${buildId}:${key}`
  }

  /** The entry, null when Redis has none, undefined when Redis could not say. */
  async getEntry(buildId, key) {
    const answer = await this.attempt(() => this.bytes.get(this.entryKey(buildId, key)))
    if (!answer) return undefined
    return answer.result ? decodeEntry(answer.result) : null
  }

  /** @returns {Promise<boolean>} whether Redis took it */
  async setEntry(buildId, key, entry) {
    const bytes = await encodeEntry(entry)
    const answer = await this.attempt(() =>
      this.client.set(this.entryKey(buildId, key), bytes, { EX: ENTRY_TTL_SECONDS }),
    )
    return answer !== undefined
  }

  /** @param {Map<string, {stale?: number, expired?: number, at: number}>} states */
  async writeTags(states) {
    if (states.size === 0) return true
    const fields = Object.fromEntries([...states].map(([tag, state]) => [tag, JSON.stringify(state)]))
    const answer = await this.attempt(() => this.client.hSet(`${this.keyPrefix}:tags`, fields))
    if (answer) {
      for (const tag of states.keys()) this.unsentTags.delete(tag)
      return true
    }
    for (const [tag, state] of states) this.unsentTags.set(tag, state)
    return false
  }

  async flushUnsentTags() {
    if (this.unsentTags.size > 0) await this.writeTags(new Map(this.unsentTags))
  }

  /**
   * The revalidation state Redis holds for each of `tags` (tags never revalidated are left out),
   * or undefined when Redis could not say.
   * @param {string[]} tags
   */
  async readTags(tags) {
    if (tags.length === 0) return new Map()
    const answer = await this.attempt(() => this.client.hmGet(`${this.keyPrefix}:tags`, tags))
    if (!answer) return undefined
    const states = new Map()
    answer.result.forEach((raw, index) => {
      if (typeof raw !== 'string') return
      try {
        const state = JSON.parse(raw)
        if (state && typeof state.at === 'number') states.set(tags[index], state)
      } catch {
        // A foreign value under our hash: ignore it rather than fail the page.
      }
    })
    return states
  }

  close() {
    this.client.destroy()
  }
}

/** One connection per process and URL: Next makes a cache handler per request. */
const connections = (globalThis.__clinicPageCacheConnections ??= new Map())

function sharedPageCache(url) {
  let cache = connections.get(url)
  if (!cache) {
    cache = new RedisPageCache(url)
    connections.set(url, cache)
  }
  return cache
}

module.exports = { RedisPageCache, sharedPageCache }

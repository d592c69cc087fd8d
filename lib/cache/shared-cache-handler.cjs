/**
 * Next's file-system cache, shared through Redis when REDIS_URL is set.
 *
 * Without REDIS_URL (and always in `next dev` and during `next build`) this is Next's own
 * FileSystemCache. With it, on `next start`:
 *   - get: the entry from Redis, else this instance's own copy (build-time prerenders, or what
 *     it rendered while Redis was away);
 *   - set: written here and to Redis, so the next request on any instance is a hit;
 *   - revalidateTag: applied here and recorded in Redis; before any entry is returned, the
 *     revalidation state of its tags is read from Redis into Next's tag manifest, so an instance
 *     that never saw the webhook still treats the page as stale and regenerates it (stale-while-
 *     revalidate, exactly as on the instance that did).
 * Next decides freshness itself from that manifest (tags-manifest.external, one module shared by
 * the server and this handler), so both paths keep Next's semantics.
 *
 * Redis down or slow: every read falls back to the local copy or a fresh render, writes go to
 * the local copy, and revalidations wait in memory until Redis is back (./redis-page-cache.cjs).
 * Instances compare revalidation times with entry times from their own clocks: keep them in
 * sync (NTP), as any cache shared across machines needs.
 *
 * Plain CommonJS: Next loads this file at runtime with require(), outside the TS build.
 */
const { readFileSync } = require('node:fs')
const path = require('node:path')
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external')
const { sharedPageCache } = require('./redis-page-cache.cjs')

const TAGS_HEADER = 'x-next-cache-tags'

/** When each tag's revalidation that this process applied happened (per process, not per handler). */
const appliedRevalidations = (globalThis.__clinicAppliedRevalidations ??= new Map())

function buildIdOf(serverDistDir) {
  try {
    return readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim() || null
  } catch {
    return null
  }
}

/** The Redis store to share through, or null: no REDIS_URL, dev, the build, or no build id. */
function sharedStoreFor(ctx) {
  const url = process.env.REDIS_URL
  if (!url || ctx.dev || process.env.NEXT_PHASE === 'phase-production-build' || !ctx.serverDistDir) return null
  const buildId = buildIdOf(ctx.serverDistDir)
  return buildId ? { cache: sharedPageCache(url), buildId } : null
}

/** The tags whose revalidation decides whether `entry` is fresh. */
function tagsOf(entry, ctx) {
  const header = entry.value && entry.value.headers ? entry.value.headers[TAGS_HEADER] : undefined
  if (typeof header === 'string') return header.split(',').filter(Boolean)
  if (entry.value && entry.value.kind === 'FETCH') return [...(ctx.tags ?? []), ...(ctx.softTags ?? [])]
  return []
}

class SharedCacheHandler extends FileSystemCache {
  constructor(ctx) {
    super(ctx)
    this.shared = sharedStoreFor(ctx)
  }

  async get(key, ctx) {
    if (!this.shared) return super.get(key, ctx)
    const { cache, buildId } = this.shared
    const remote = await cache.getEntry(buildId, key)
    const entry = remote ?? (await super.get(key, ctx))
    if (entry) await this.applyRemoteRevalidations(tagsOf(entry, ctx))
    return entry
  }

  async set(key, data, ctx) {
    await super.set(key, data, ctx)
    if (!this.shared || !data) return
    const { cache, buildId } = this.shared
    const cacheControl = ctx.fetchCache ? undefined : ctx.cacheControl
    // Fetch entries carry their tags, as FileSystemCache writes them to disk.
    const value = data.kind === 'FETCH' ? { ...data, tags: ctx.fetchCache ? ctx.tags : [] } : data
    await cache.setEntry(buildId, key, { value, lastModified: Date.now(), cacheControl })
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations)
    if (!this.shared) return
    const at = Date.now()
    const states = new Map()
    for (const tag of typeof tags === 'string' ? [tags] : tags) {
      states.set(tag, { ...tagsManifest.get(tag), at })
      appliedRevalidations.set(tag, at)
    }
    await this.shared.cache.writeTags(states)
  }

  /** Brings revalidations made on other instances into this process's tag manifest. */
  async applyRemoteRevalidations(tags) {
    if (!this.shared || tags.length === 0) return
    const states = await this.shared.cache.readTags(tags)
    if (!states) return
    for (const [tag, { at, stale, expired }] of states) {
      if (at <= (appliedRevalidations.get(tag) ?? 0)) continue
      appliedRevalidations.set(tag, at)
      const entry = {}
      if (typeof stale === 'number') entry.stale = stale
      if (typeof expired === 'number') entry.expired = expired
      tagsManifest.set(tag, entry)
    }
  }
}

module.exports = SharedCacheHandler

/**
 * What the proxy consults on every request: the redirects editors manage and the content
 * paths that exist. Both change without a rebuild: locally the table follows the dataset
 * file; from Sanity it is re-read at most every 10 s.
 */
import 'server-only'
import { z } from 'zod'
import { validateList } from '@/lib/content/fetch'
import { applyPerspective, loadDataset, queryDocuments } from '@/lib/content/local-dataset'
import { POST_COUNT_QUERY, REDIRECTS_QUERY, SITEMAP_QUERY } from '@/lib/content/queries'
import { redirectSchema, sitemapDocumentSchema } from '@/lib/content/schemas'
import { createSanityClient } from '@/lib/content/sanity-source'
import { POSTS_PER_PAGE } from '@/lib/content'
import { contentMode, env } from '@/lib/env'
import { log } from '@/lib/log'
import { knownContentPaths } from './known-paths'
import { compileRedirects, findRedirectLoop, type ResolvedRedirect } from './redirects'

const SANITY_TTL_MS = 10_000

export interface RouteTable {
  redirects: Map<string, ResolvedRedirect>
  knownPaths: Set<string>
}

let cached: { key: string; at: number; table: RouteTable } | undefined
/** When the last read from Sanity failed; until the TTL passes, no request waits on another. */
let failedAt: number | undefined

async function currentKey(): Promise<string> {
  if (contentMode === 'local') return (await loadDataset(env.CONTENT_DATASET_DIR)).version
  return cached && Date.now() - cached.at < SANITY_TTL_MS ? cached.key : String(Date.now())
}

async function runQuery(query: string): Promise<unknown> {
  if (contentMode === 'local') {
    const dataset = await loadDataset(env.CONTENT_DATASET_DIR)
    return queryDocuments(applyPerspective(dataset.documents, 'published'), query)
  }
  // Every page request waits on this: one quick try, no retries (the TTL is the retry).
  return createSanityClient(env).withConfig({ maxRetries: 0, timeout: 3_000 }).fetch(query, {}, { cache: 'no-store' })
}

async function readTable(): Promise<RouteTable> {
  const [rawRedirects, rawDocuments, rawCount] = await Promise.all([
    runQuery(REDIRECTS_QUERY),
    runQuery(SITEMAP_QUERY),
    runQuery(POST_COUNT_QUERY),
  ])
  const rules = validateList(redirectSchema, rawRedirects)
  const loop = findRedirectLoop(rules)
  if (loop) log.warn('[redirects] ignoring rules that loop', { paths: loop.join(' -> ') })
  const postCount = z.number().int().min(0).catch(0).parse(rawCount)
  return {
    redirects: compileRedirects(rules),
    knownPaths: knownContentPaths(
      validateList(sitemapDocumentSchema, rawDocuments),
      Math.ceil(postCount / POSTS_PER_PAGE),
    ),
  }
}

/**
 * The current table. If Sanity cannot be read, routing goes on with the last table read (or,
 * with none yet, the caller serves pages as routed), and Sanity is asked again after the TTL.
 */
export async function routeTable(): Promise<RouteTable> {
  const key = await currentKey()
  if (cached?.key === key) return cached.table
  if (failedAt !== undefined && Date.now() - failedAt < SANITY_TTL_MS) {
    if (cached) return cached.table
    throw new Error('the route table is unavailable (content outage)')
  }
  try {
    const table = await readTable()
    cached = { key, at: Date.now(), table }
    failedAt = undefined
    return table
  } catch (error) {
    failedAt = Date.now()
    log.warn('[routes] could not read redirects and content paths; routing with the last ones read', {
      error: error instanceof Error ? error.message : String(error),
    })
    if (cached) return cached.table
    throw error
  }
}

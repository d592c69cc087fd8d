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

async function currentKey(): Promise<string> {
  if (contentMode === 'local') return (await loadDataset(env.CONTENT_DATASET_DIR)).version
  return cached && Date.now() - cached.at < SANITY_TTL_MS ? cached.key : String(Date.now())
}

async function runQuery(query: string): Promise<unknown> {
  if (contentMode === 'local') {
    const dataset = await loadDataset(env.CONTENT_DATASET_DIR)
    return queryDocuments(applyPerspective(dataset.documents, 'published'), query)
  }
  return createSanityClient(env).fetch(query, {}, { cache: 'no-store' })
}

export async function routeTable(): Promise<RouteTable> {
  const key = await currentKey()
  if (cached?.key === key) return cached.table
  const [rawRedirects, rawDocuments, rawCount] = await Promise.all([
    runQuery(REDIRECTS_QUERY),
    runQuery(SITEMAP_QUERY),
    runQuery(POST_COUNT_QUERY),
  ])
  const rules = validateList(redirectSchema, rawRedirects)
  const loop = findRedirectLoop(rules)
  if (loop) log.warn('[redirects] ignoring rules that loop', { paths: loop.join(' -> ') })
  const postCount = z.number().int().min(0).catch(0).parse(rawCount)
  const table = {
    redirects: compileRedirects(rules),
    knownPaths: knownContentPaths(validateList(sitemapDocumentSchema, rawDocuments), Math.ceil(postCount / POSTS_PER_PAGE)),
  }
  cached = { key, at: Date.now(), table }
  return table
}

/**
 * What the proxy consults on every request: the redirects editors manage and the content
 * paths that exist. Both change without a rebuild: locally the table follows the dataset
 * file; from Sanity it is re-read at most every 10 s.
 */
import 'server-only'
import { POSTS_PER_PAGE } from '@/lib/content'
import { validateList } from '@/lib/content/fetch'
import { POST_COUNT_QUERY, REDIRECTS_QUERY, SITEMAP_QUERY } from '@/lib/content/queries'
import { contentVersion, readContent } from '@/lib/content/reader'
import { postCountSchema, redirectSchema, sitemapDocumentSchema } from '@/lib/content/schemas'
import { log } from '@/lib/log'
import { LOCALES, type Locale } from '@/lib/routes'
import { processSingleton } from '@/lib/process-singleton'
import { knownContentPaths } from './known-paths'
import { compileRedirects, findRedirectLoop, type ResolvedRedirect } from './redirects'

const SANITY_TTL_MS = 10_000

export interface RouteTable {
  redirects: Map<string, ResolvedRedirect>
  knownPaths: Set<string>
}

interface RouteTableState {
  cached?: { key: string; at: number; table: RouteTable }
  /** When the last read from Sanity failed; until the TTL passes, no request waits on another. */
  failedAt?: number
}

const state = () => processSingleton('seo:route-table', (): RouteTableState => ({}))

/** The dataset version locally; from Sanity, the cached key until the TTL runs out. */
async function currentKey({ cached }: RouteTableState): Promise<string> {
  const version = await contentVersion()
  if (version !== null) return version
  return cached && Date.now() - cached.at < SANITY_TTL_MS ? cached.key : String(Date.now())
}

// Every page request waits on this: one quick try, no retries (the TTL is the retry).
const runQuery = (query: string, params: Record<string, unknown> = {}) =>
  readContent(query, params, { kind: 'fresh', failFast: true })

/** How many article index pages each language has. */
async function postPageCounts(): Promise<Partial<Record<Locale, number>>> {
  const counts: Partial<Record<Locale, number>> = {}
  await Promise.all(
    LOCALES.map(async (language) => {
      counts[language] = Math.ceil(
        postCountSchema.parse(await runQuery(POST_COUNT_QUERY, { language })) / POSTS_PER_PAGE,
      )
    }),
  )
  return counts
}

async function readTable(): Promise<RouteTable> {
  const [rawRedirects, rawDocuments, pageCounts] = await Promise.all([
    runQuery(REDIRECTS_QUERY),
    runQuery(SITEMAP_QUERY),
    postPageCounts(),
  ])
  const rules = validateList(redirectSchema, rawRedirects)
  const loop = findRedirectLoop(rules)
  if (loop) log.warn('[redirects] ignoring rules that loop', { paths: loop.join(' -> ') })
  return {
    redirects: compileRedirects(rules),
    knownPaths: knownContentPaths(validateList(sitemapDocumentSchema, rawDocuments), pageCounts),
  }
}

/**
 * The current table. If Sanity cannot be read, routing goes on with the last table read (or,
 * with none yet, the caller serves pages as routed), and Sanity is asked again after the TTL.
 */
export async function routeTable(): Promise<RouteTable> {
  const current = state()
  const key = await currentKey(current)
  if (current.cached?.key === key) return current.cached.table
  if (current.failedAt !== undefined && Date.now() - current.failedAt < SANITY_TTL_MS) {
    if (current.cached) return current.cached.table
    throw new Error('the route table is unavailable (content outage)')
  }
  try {
    const table = await readTable()
    current.cached = { key, at: Date.now(), table }
    current.failedAt = undefined
    return table
  } catch (error) {
    current.failedAt = Date.now()
    log.warn('[routes] could not read redirects and content paths; routing with the last ones read', {
      error: error instanceof Error ? error.message : String(error),
    })
    if (current.cached) return current.cached.table
    throw error
  }
}

/**
 * The redirect table the proxy consults on every request. Redirects change without a rebuild:
 * locally the table follows the dataset file; from Sanity it is re-read at most every 30 s.
 */
import 'server-only'
import { validateList } from '@/lib/content/fetch'
import { applyPerspective, loadDataset, queryDocuments } from '@/lib/content/local-dataset'
import { REDIRECTS_QUERY } from '@/lib/content/queries'
import { redirectSchema } from '@/lib/content/schemas'
import { createSanityClient } from '@/lib/content/sanity-source'
import { contentMode, env } from '@/lib/env'
import { log } from '@/lib/log'
import { compileRedirects, findRedirectLoop, type ResolvedRedirect } from './redirects'

const SANITY_TTL_MS = 30_000

let cached: { key: string; at: number; table: Map<string, ResolvedRedirect> } | undefined

async function currentKey(): Promise<string> {
  if (contentMode === 'local') return (await loadDataset(env.CONTENT_DATASET_DIR)).version
  return cached && Date.now() - cached.at < SANITY_TTL_MS ? cached.key : String(Date.now())
}

async function fetchRules(): Promise<unknown> {
  if (contentMode === 'local') {
    const dataset = await loadDataset(env.CONTENT_DATASET_DIR)
    return queryDocuments(applyPerspective(dataset.documents, 'published'), REDIRECTS_QUERY)
  }
  return createSanityClient(env).fetch(REDIRECTS_QUERY, {}, { cache: 'no-store' })
}

export async function redirectTable(): Promise<Map<string, ResolvedRedirect>> {
  const key = await currentKey()
  if (cached?.key === key) return cached.table
  const rules = validateList(redirectSchema, await fetchRules())
  const loop = findRedirectLoop(rules)
  if (loop) log.warn('[redirects] ignoring rules that loop', { paths: loop.join(' -> ') })
  cached = { key, at: Date.now(), table: compileRedirects(rules) }
  return cached.table
}

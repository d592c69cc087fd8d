/** The Content Lake backend: the same GROQ strings, sent through next-sanity's client. */
import 'server-only'
import { createClient, type SanityClient, type StegaConfig } from 'next-sanity'
import type { Env } from '@/lib/env'
import { paths } from '@/lib/routes'
import type { ContentFetcher, ContentSource } from './source'

export function createSanityClient(env: Env): SanityClient {
  return createClient({
    projectId: env.NEXT_PUBLIC_SANITY_PROJECT_ID,
    dataset: env.NEXT_PUBLIC_SANITY_DATASET,
    apiVersion: env.NEXT_PUBLIC_SANITY_API_VERSION,
    useCdn: true,
    perspective: 'published',
    // During an outage a page that is not cached fails within seconds (and shows the error
    // page) instead of waiting through the client's default five retries and 5-minute timeout.
    maxRetries: 2,
    timeout: 8_000,
    // A custom host serves every project from one origin, so no <projectId>. subdomain.
    ...(env.SANITY_API_HOST ? { apiHost: env.SANITY_API_HOST, useProjectHostname: false } : {}),
  })
}

/** Published content, cached by Next until a webhook revalidates one of `tags`. */
export function createSanityFetcher(client: Pick<SanityClient, 'fetch'>): ContentFetcher {
  return (query, params, tags) => client.fetch(query, params, { next: { tags, revalidate: false } })
}

/**
 * Fields an editor reads as prose on the page. Only these carry stega (invisible edit-link
 * characters): every other string is checked by a zod pattern (slugs, phone numbers, times,
 * weekdays, dates, URLs) or feeds markup (alt text, JSON-LD ids), and hidden characters there
 * would fail validation or leak into attributes. The crisis notice is left out on purpose: it
 * is parsed for the 988/911 numbers and must never depend on preview tooling.
 */
const EDITABLE_TEXT_FIELDS = new Set([
  'title',
  'name',
  'excerpt',
  'summary',
  'intro',
  'text',
  'tagline',
  'description',
  'question',
  'answer',
  'heading',
  'buttonLabel',
  'jobTitle',
  'criterion',
  'footnote',
  'administration',
  'purpose',
  'experience',
  'suitedFor',
  'sessionLength',
  'medicalDisclaimer',
])
/** String arrays whose items are prose (`benefits[2]`, a comparison cell). */
const EDITABLE_TEXT_LISTS = new Set(['benefits', 'limitations', 'cells'])

export const editableTextOnly: NonNullable<StegaConfig['filter']> = (props) => {
  const last = props.sourcePath.at(-1)
  const parent = props.sourcePath.at(-2)
  const editable =
    (typeof last === 'string' && EDITABLE_TEXT_FIELDS.has(last)) ||
    (typeof last === 'number' && typeof parent === 'string' && EDITABLE_TEXT_LISTS.has(parent))
  return editable && props.filterDefault(props)
}

/**
 * Draft mode: drafts with the server-only read token, never cached, with stega so the
 * Presentation tool can map clicked text to its field. Without a token only published
 * content is readable, so that is what the preview shows.
 */
export function createDraftSanityFetcher(client: SanityClient, token: string | undefined): ContentFetcher {
  const draftClient = client.withConfig({
    token,
    useCdn: false,
    perspective: token ? 'drafts' : 'published',
    stega: { enabled: true, studioUrl: paths.studio(), filter: editableTextOnly },
  })
  return (query, params) => draftClient.fetch(query, params, { cache: 'no-store' })
}

/** The proxy waits on these reads: one quick try, no retries (its table's TTL is the retry). */
const FAIL_FAST = { maxRetries: 0, timeout: 3_000 }

/**
 * The Content Lake as a content source. Cached reads go through Next's fetch cache, not
 * around it: when a revalidated page regenerates during an outage the fetch fails, so Next
 * keeps the last good page and tries again later (unstable_cache would hand back its stale
 * entry and store the old page as new, and the site would never catch up).
 */
export function createSanitySource(env: Env): ContentSource {
  const client = createSanityClient(env)
  const cached = createSanityFetcher(client)
  // Made on first use: most processes never read drafts or fail fast.
  let drafts: ContentFetcher | undefined
  let failFast: Pick<SanityClient, 'fetch'> | undefined
  return {
    read(query, params, read) {
      switch (read.kind) {
        case 'cached':
          return cached(query, params, read.tags)
        case 'drafts':
          drafts ??= createDraftSanityFetcher(client, env.SANITY_API_READ_TOKEN)
          return drafts(query, params, [])
        case 'fresh': {
          const fresh = read.failFast ? (failFast ??= client.withConfig(FAIL_FAST)) : client
          return fresh.fetch(query, params, { cache: 'no-store' })
        }
      }
    },
    version: async () => null,
  }
}

/** The Content Lake backend: the same GROQ strings, sent through next-sanity's client. */
import 'server-only'
import { createClient, type SanityClient } from 'next-sanity'
import type { Env } from '@/lib/env'

export type ContentFetcher = (query: string, params: Record<string, unknown>, tags: string[]) => Promise<unknown>

export function createSanityClient(env: Env): SanityClient {
  return createClient({
    projectId: env.NEXT_PUBLIC_SANITY_PROJECT_ID,
    dataset: env.NEXT_PUBLIC_SANITY_DATASET,
    apiVersion: env.NEXT_PUBLIC_SANITY_API_VERSION,
    useCdn: true,
    perspective: 'published',
  })
}

/** Published content, cached by Next until a webhook revalidates one of `tags`. */
export function createSanityFetcher(client: Pick<SanityClient, 'fetch'>): ContentFetcher {
  return (query, params, tags) => client.fetch(query, params, { next: { tags, revalidate: false } })
}

/**
 * The one place that picks the content backend: the embedded dataset, or the Content Lake when
 * NEXT_PUBLIC_SANITY_PROJECT_ID is set. Pages read through fetch.ts (validated, cached, draft
 * mode); the proxy's route table and the mail worker read here directly, uncached.
 */
import 'server-only'
import { contentMode, env } from '@/lib/env'
import { processSingleton } from '@/lib/process-singleton'
import { createLocalSource } from './local-source'
import { createSanitySource } from './sanity-source'
import type { ContentRead, ContentSource } from './source'

/**
 * One source (and so one Sanity client) per process, whichever bundle asks. Named by its
 * settings, none of them secret, so a test that loads the module again with another
 * environment gets a source of its own.
 */
function contentSource(): ContentSource {
  if (contentMode === 'local') {
    const dir = env.CONTENT_DATASET_DIR
    return processSingleton(`content:source:local:${dir}`, () => createLocalSource(dir))
  }
  const settings = [
    env.NEXT_PUBLIC_SANITY_PROJECT_ID,
    env.NEXT_PUBLIC_SANITY_DATASET,
    env.NEXT_PUBLIC_SANITY_API_VERSION,
    env.SANITY_API_HOST ?? 'api.sanity.io',
    env.SANITY_API_READ_TOKEN ? 'token' : 'no token',
  ]
  return processSingleton(`content:source:sanity:${settings.join(':')}`, () => createSanitySource(env))
}

/** Runs a GROQ query on the configured backend; uncached unless `read` asks for the cache. */
export function readContent(
  query: string,
  params: Record<string, unknown> = {},
  read: ContentRead = { kind: 'fresh' },
): Promise<unknown> {
  return contentSource().read(query, params, read)
}

/** See ContentSource.version: the embedded dataset's version, or null in Sanity mode. */
export function contentVersion(): Promise<string | null> {
  return contentSource().version()
}

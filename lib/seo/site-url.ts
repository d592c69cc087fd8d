import { env } from '@/lib/env'

/** Absolute URL on the public origin (SITE_URL), for canonicals, feeds, sitemaps and JSON-LD. */
export function absoluteUrl(path: string): string {
  return new URL(path, env.SITE_URL).href
}

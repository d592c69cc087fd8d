/**
 * Which content URLs exist. Next renders an unknown slug's 404 only inside its streaming
 * payload (a blank page without JavaScript), so the proxy answers those with the fully
 * rendered site 404 instead; this decides which paths that applies to.
 */
import type { SitemapDocument } from '@/lib/content/schemas'
import { DOCUMENT_PATHS } from './sitemap'

/** Routes whose last segment is a slug or page number looked up in the content. */
const CONTENT_ROUTES = [
  /^\/blog\/page\/[^/]+$/,
  /^\/blog\/category\/[^/]+$/,
  /^\/blog\/(?!feed\.xml$)[^/]+$/,
  /^\/treatments\/[^/]+$/,
  /^\/compare\/[^/]+$/,
  /^\/team\/[^/]+$/,
]

export function knownContentPaths(documents: SitemapDocument[], postPageCount: number): Set<string> {
  // Page 1 is known too: its route redirects to /blog.
  const pages = Array.from({ length: Math.max(1, postPageCount) }, (_, i) => `/blog/page/${i + 1}`)
  return new Set([...documents.map((doc) => DOCUMENT_PATHS[doc._type](doc.slug)), ...pages])
}

export function isUnknownContentPath(path: string, known: Set<string>): boolean {
  return CONTENT_ROUTES.some((route) => route.test(path)) && !known.has(path)
}

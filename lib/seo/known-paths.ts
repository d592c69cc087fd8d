/**
 * Which content URLs exist. Next renders an unknown slug's 404 only inside its streaming
 * payload (a blank page without JavaScript), so the proxy answers those with the fully
 * rendered site 404 instead; this decides which paths that applies to.
 */
import type { SitemapDocument } from '@/lib/content/schemas'
import { documentPath, matchSegmentRoute, segmentPath } from '@/lib/routes'

export function knownContentPaths(documents: SitemapDocument[], postPageCount: number): Set<string> {
  // Page 1 is known too: its route redirects to the article index.
  const pages = Array.from({ length: Math.max(1, postPageCount) }, (_, i) => segmentPath('blogPage', String(i + 1)))
  return new Set([...documents.map((doc) => documentPath(doc._type, doc.slug)), ...pages])
}

/** A route whose last segment is a slug or page number looked up in the content, naming nothing known. */
export function isUnknownContentPath(path: string, known: Set<string>): boolean {
  return matchSegmentRoute(path) !== null && !known.has(path)
}

/**
 * Which content URLs exist. Next renders an unknown slug's 404 only inside its streaming
 * payload (a blank page without JavaScript), so the proxy answers those with the fully
 * rendered site 404 instead; this decides which paths that applies to.
 */
import type { SitemapDocument } from '@/lib/content/schemas'
import { LOCALES, documentPath, matchSegmentRoute, segmentPath, type Locale } from '@/lib/routes'
import { isSharedAcrossLanguages, sharedDocumentAlternates } from './alternates'

/**
 * Each document's path in its own language (a Spanish slug is known only under /es), and the
 * article index pages of each language (`postPageCounts`: how many pages each index has).
 */
export function knownContentPaths(
  documents: SitemapDocument[],
  postPageCounts: Partial<Record<Locale, number>>,
): Set<string> {
  // Page 1 is known too: its route redirects to the article index.
  const pages = LOCALES.flatMap((locale) =>
    Array.from({ length: Math.max(1, postPageCounts[locale] ?? 0) }, (_, i) =>
      segmentPath('blogPage', String(i + 1), locale),
    ),
  )
  // People are one document for every language: each profile exists under every language's folder.
  const paths = documents.flatMap((doc) =>
    isSharedAcrossLanguages(doc._type)
      ? Object.values(sharedDocumentAlternates(doc._type, doc.slug))
      : [documentPath(doc._type, doc.slug, doc.language)],
  )
  return new Set([...paths, ...pages])
}

/** A route whose last segment is a slug or page number looked up in the content, naming nothing known. */
export function isUnknownContentPath(path: string, known: Set<string>): boolean {
  return matchSegmentRoute(path) !== null && !known.has(path)
}

/**
 * sitemap.xml: one <urlset> up to the protocol's 50,000 URLs, a <sitemapindex> of numbered
 * parts beyond that. lastmod is the newest real `_updatedAt` behind each URL, never the build time.
 */
import type { SitemapDocument } from '@/lib/content/schemas'
import { documentPath, paths } from '@/lib/routes'
import { absoluteUrl } from './site-url'

export const MAX_URLS_PER_SITEMAP = 50_000

export interface SitemapEntry {
  path: string
  lastModified: string
}

const newest = (dates: string[]): string | undefined => dates.sort().at(-1)

/**
 * Every indexable URL: documents with their own pages, listings dated by what they list, and
 * `singletonPages` (pages made from one singleton document, such as /costs) as given.
 */
export function sitemapEntries(
  documents: SitemapDocument[],
  postPageCount: number,
  singletonPages: SitemapEntry[] = [],
): SitemapEntry[] {
  const indexable = documents.filter((doc) => !doc.noIndex)
  const updatedOf = (...types: SitemapDocument['_type'][]) =>
    newest(indexable.filter((doc) => types.includes(doc._type)).map((doc) => doc._updatedAt))
  const listings: { path: string; lastModified: string | undefined }[] = [
    { path: paths.home(), lastModified: updatedOf('treatment', 'post') },
    { path: paths.treatments(), lastModified: updatedOf('treatment') },
    { path: paths.comparisons(), lastModified: updatedOf('comparisonTable') },
    { path: paths.locations(), lastModified: updatedOf('location') },
    // The booking page: its form lists the treatments (its free times are not in the HTML).
    { path: paths.consultation(), lastModified: updatedOf('treatment') },
    { path: paths.blog(), lastModified: updatedOf('post') },
    // The care team directory; its filtered views (?treatment=, ?language=) are noindex.
    { path: paths.team(), lastModified: updatedOf('person', 'treatment') },
    ...Array.from({ length: Math.max(0, postPageCount - 1) }, (_, i) => ({
      path: paths.blogPage(i + 2),
      lastModified: updatedOf('post'),
    })),
  ]
  const fromListings = listings.flatMap((entry) =>
    entry.lastModified ? [{ path: entry.path, lastModified: entry.lastModified }] : [],
  )
  const fromDocuments = indexable.map((doc) => ({
    path: documentPath(doc._type, doc.slug),
    lastModified: doc._updatedAt,
  }))
  return [...fromListings, ...singletonPages, ...fromDocuments]
}

const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export function renderUrlset(entries: SitemapEntry[]): string {
  const urls = entries.map(
    (entry) =>
      `  <url><loc>${escapeXml(absoluteUrl(entry.path))}</loc><lastmod>${new Date(entry.lastModified).toISOString()}</lastmod></url>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

export function renderSitemapIndex(entries: SitemapEntry[]): string {
  const parts = Math.ceil(entries.length / MAX_URLS_PER_SITEMAP)
  const sitemaps = Array.from({ length: parts }, (_, i) => {
    const slice = entries.slice(i * MAX_URLS_PER_SITEMAP, (i + 1) * MAX_URLS_PER_SITEMAP)
    const lastmod = newest(slice.map((entry) => new Date(entry.lastModified).toISOString()))
    return `  <sitemap><loc>${escapeXml(absoluteUrl(paths.sitemapPart(i + 1)))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</sitemap>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${sitemaps.join('\n')}\n</sitemapindex>\n`
}

/** The whole answer for /sitemap.xml: a urlset while it fits, an index once it does not. */
export function renderSitemap(entries: SitemapEntry[]): string {
  return entries.length > MAX_URLS_PER_SITEMAP ? renderSitemapIndex(entries) : renderUrlset(entries)
}

/** Part `n` (1-based) of a split sitemap, or null when there is no such part. */
export function renderSitemapPart(entries: SitemapEntry[], n: number): string | null {
  const slice = entries.slice((n - 1) * MAX_URLS_PER_SITEMAP, n * MAX_URLS_PER_SITEMAP)
  if (n < 1 || slice.length === 0 || entries.length <= MAX_URLS_PER_SITEMAP) return null
  return renderUrlset(slice)
}

export { escapeXml }

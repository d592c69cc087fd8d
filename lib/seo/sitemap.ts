/**
 * sitemap.xml: one <urlset> up to the protocol's 50,000 URLs, a <sitemapindex> of numbered
 * parts beyond that. lastmod is the newest real `_updatedAt` behind each URL, never the build time.
 * Each document is listed at its path in its own language (a person, one document for every
 * language, at their profile in each); a URL with translations names them all (itself too) as
 * <xhtml:link rel="alternate" hreflang>, the same on every member.
 */
import type { z } from 'zod'
import type { SitemapDocument, translationSetSchema } from '@/lib/content/schemas'
import { LOCALES, documentPath, paths, type Locale } from '@/lib/routes'
import {
  TRANSLATED_FIXED_PAGES,
  fixedAlternates,
  hreflangUrls,
  isSharedAcrossLanguages,
  sharedDocumentAlternates,
  type Alternates,
} from './alternates'
import { absoluteUrl } from './site-url'

export const MAX_URLS_PER_SITEMAP = 50_000

type TranslationSet = z.infer<typeof translationSetSchema>

export interface SitemapEntry {
  path: string
  /** Omitted (no <lastmod>) when no document dates the page. */
  lastModified?: string
  /** The same page in each language, this one included; only paths listed in the sitemap. */
  alternates?: Alternates
}

export interface SitemapInput {
  documents: SitemapDocument[]
  /** How many article index pages each language has. */
  postPageCounts: Partial<Record<Locale, number>>
  /** Which documents translate each other (`getTranslationSets()`). */
  translationSets?: TranslationSet[]
  /** Pages made from one singleton document (such as /costs), as given. */
  singletonPages?: SitemapEntry[]
  /** Site settings' last update: dates pages made only from them (language assistance). */
  settingsUpdatedAt?: string
}

const newest = (dates: (string | undefined)[]): string | undefined =>
  dates
    .filter((date): date is string => date !== undefined)
    .sort()
    .at(-1)

/** Each listing page of one language, dated by the newest document of that language it lists. */
function listingsIn(
  locale: Locale,
  indexable: SitemapDocument[],
  postPageCount: number,
  settingsUpdatedAt: string | undefined,
): SitemapEntry[] {
  const own = indexable.filter((doc) => doc.language === locale)
  const updatedOf = (...types: SitemapDocument['_type'][]) =>
    newest(own.filter((doc) => types.includes(doc._type)).map((doc) => doc._updatedAt))
  const translated: Record<(typeof TRANSLATED_FIXED_PAGES)[number], string | undefined> = {
    home: updatedOf('treatment', 'post'),
    treatments: updatedOf('treatment'),
    // The booking page: its form lists the treatments (its free times are not in the HTML).
    consultation: updatedOf('treatment'),
    blog: updatedOf('post'),
    languageAssistance: settingsUpdatedAt,
  }
  const listings: SitemapEntry[] = TRANSLATED_FIXED_PAGES.map((key) => ({
    path: paths[key](locale),
    lastModified: translated[key],
    alternates: fixedAlternates(key),
  }))
  // Listings of what is English only.
  if (locale === 'en')
    listings.push(
      { path: paths.comparisons(), lastModified: updatedOf('comparisonTable') },
      { path: paths.locations(), lastModified: updatedOf('location') },
      // The care team directory; its filtered views (?treatment=, ?language=) are noindex.
      { path: paths.team(), lastModified: updatedOf('person', 'treatment') },
    )
  listings.push(
    ...Array.from({ length: Math.max(0, postPageCount - 1) }, (_, i) => ({
      path: paths.blogPage(i + 2, locale),
      lastModified: updatedOf('post'),
    })),
  )
  // A listing with nothing of its language to list is not a page worth indexing; a page made
  // from site settings is, even when no document dates it.
  return listings.filter((entry) => entry.lastModified !== undefined || entry.path === paths.languageAssistance(locale))
}

/** Each document's path in every language of its translation set, by document id. */
function documentAlternatesById(
  indexable: SitemapDocument[],
  translationSets: TranslationSet[],
): Map<string, Alternates> {
  const byId = new Map(indexable.map((doc) => [doc._id, doc]))
  const result = new Map<string, Alternates>()
  for (const set of translationSets) {
    const alternates: Alternates = {}
    const members: string[] = []
    for (const { id } of set.members) {
      const doc = byId.get(id)
      // Unpublished, noindex or already-claimed languages add nothing.
      if (!doc || alternates[doc.language] !== undefined) continue
      alternates[doc.language] = documentPath(doc._type, doc.slug, doc.language)
      members.push(id)
    }
    for (const id of members) result.set(id, alternates)
  }
  return result
}

/** Every indexable URL: documents with their own pages, listings, and singleton pages as given. */
export function sitemapEntries(input: SitemapInput): SitemapEntry[] {
  const indexable = input.documents.filter((doc) => !doc.noIndex)
  const listings = LOCALES.flatMap((locale) =>
    listingsIn(locale, indexable, input.postPageCounts[locale] ?? 1, input.settingsUpdatedAt),
  )
  const alternatesById = documentAlternatesById(indexable, input.translationSets ?? [])
  const fromDocuments: SitemapEntry[] = indexable.flatMap((doc) => {
    // A person is one document with a profile in every language, each naming the others (as the page does).
    if (isSharedAcrossLanguages(doc._type)) {
      const alternates = sharedDocumentAlternates(doc._type, doc.slug)
      return Object.values(alternates).map((path) => ({ path, lastModified: doc._updatedAt, alternates }))
    }
    return [
      {
        path: documentPath(doc._type, doc.slug, doc.language),
        lastModified: doc._updatedAt,
        alternates: alternatesById.get(doc._id),
      },
    ]
  })
  const entries = [...listings, ...(input.singletonPages ?? []), ...fromDocuments]
  // An alternate must be a URL listed here; what is left with one language names no alternates.
  const listed = new Set(entries.map((entry) => entry.path))
  return entries.map(({ alternates, ...entry }) => {
    const kept: Alternates = {}
    for (const locale of LOCALES) {
      const path = alternates?.[locale]
      if (path !== undefined && listed.has(path)) kept[locale] = path
    }
    return hreflangUrls(kept) ? { ...entry, alternates: kept } : entry
  })
}

const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function alternateLinks(alternates: Alternates | undefined): string {
  const urls = hreflangUrls(alternates)
  if (!urls) return ''
  return Object.entries(urls)
    .map(([hreflang, href]) => `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(href)}"/>`)
    .join('')
}

export function renderUrlset(entries: SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const lastmod = entry.lastModified ? `<lastmod>${new Date(entry.lastModified).toISOString()}</lastmod>` : ''
    return `  <url><loc>${escapeXml(absoluteUrl(entry.path))}</loc>${lastmod}${alternateLinks(entry.alternates)}</url>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`
}

export function renderSitemapIndex(entries: SitemapEntry[]): string {
  const parts = Math.ceil(entries.length / MAX_URLS_PER_SITEMAP)
  const sitemaps = Array.from({ length: parts }, (_, i) => {
    const slice = entries.slice(i * MAX_URLS_PER_SITEMAP, (i + 1) * MAX_URLS_PER_SITEMAP)
    const lastmod = newest(slice.map((entry) => entry.lastModified && new Date(entry.lastModified).toISOString()))
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

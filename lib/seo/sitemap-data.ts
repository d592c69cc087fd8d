import 'server-only'
import { getPostsPage, getPriceList, getSiteSettings, getSitemapDocuments, getTranslationSets } from '@/lib/content'
import { LOCALES, paths, type Locale } from '@/lib/routes'
import { sitemapEntries, type SitemapEntry } from './sitemap'

async function postPageCounts(): Promise<Partial<Record<Locale, number>>> {
  const counts: Partial<Record<Locale, number>> = {}
  await Promise.all(
    LOCALES.map(async (locale) => {
      counts[locale] = (await getPostsPage(1, locale)).pageCount
    }),
  )
  return counts
}

export async function loadSitemapEntries(): Promise<SitemapEntry[]> {
  const [documents, translationSets, pageCounts, priceList, settings] = await Promise.all([
    getSitemapDocuments(),
    getTranslationSets(),
    postPageCounts(),
    getPriceList(),
    getSiteSettings(),
  ])
  const costs =
    priceList && !priceList.seo?.noIndex ? [{ path: paths.costs(), lastModified: priceList._updatedAt }] : []
  return sitemapEntries({
    documents,
    translationSets,
    postPageCounts: pageCounts,
    singletonPages: costs,
    settingsUpdatedAt: settings._updatedAt,
  })
}

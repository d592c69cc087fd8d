import 'server-only'
import { getPostsPage, getPriceList, getSitemapDocuments } from '@/lib/content'
import { paths } from '@/lib/routes'
import { sitemapEntries, type SitemapEntry } from './sitemap'

export async function loadSitemapEntries(): Promise<SitemapEntry[]> {
  const [documents, firstPage, priceList] = await Promise.all([getSitemapDocuments(), getPostsPage(1), getPriceList()])
  const costs =
    priceList && !priceList.seo?.noIndex ? [{ path: paths.costs(), lastModified: priceList._updatedAt }] : []
  return sitemapEntries(documents, firstPage.pageCount, costs)
}

import 'server-only'
import { getPostsPage, getSitemapDocuments } from '@/lib/content'
import { sitemapEntries, type SitemapEntry } from './sitemap'

export async function loadSitemapEntries(): Promise<SitemapEntry[]> {
  const [documents, firstPage] = await Promise.all([getSitemapDocuments(), getPostsPage(1)])
  return sitemapEntries(documents, firstPage.pageCount)
}

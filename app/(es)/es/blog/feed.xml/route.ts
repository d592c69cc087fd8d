import { getLatestPosts, getSiteSettings } from '@/lib/content'
import { FEED_SIZE, renderRssFeed } from '@/lib/seo/rss'

export const dynamic = 'force-static'

/** The Spanish articles' feed: Spanish posts, Spanish site texts, links under /es. */
export async function GET(): Promise<Response> {
  const [posts, settings] = await Promise.all([getLatestPosts(FEED_SIZE, 'es'), getSiteSettings('es')])
  return new Response(renderRssFeed(posts, settings, 'es'), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  })
}

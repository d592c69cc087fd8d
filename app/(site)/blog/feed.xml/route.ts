import { getLatestPosts, getSiteSettings } from '@/lib/content'
import { FEED_SIZE, renderRssFeed } from '@/lib/seo/rss'

export const dynamic = 'force-static'

export async function GET(): Promise<Response> {
  const [posts, settings] = await Promise.all([getLatestPosts(FEED_SIZE), getSiteSettings()])
  return new Response(renderRssFeed(posts, settings), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  })
}

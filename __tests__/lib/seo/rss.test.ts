import { z } from 'zod'
import { POSTS_PAGE_QUERY, SITE_SETTINGS_QUERY } from '@/lib/content/queries'
import { postSummarySchema, siteSettingsSchema } from '@/lib/content/schemas'
import { FEED_SIZE, renderRssFeed } from '@/lib/seo/rss'
import { querySeed } from '../../helpers/seed'

describe('renderRssFeed', () => {
  it('lists the latest posts newest first as RSS 2.0 with absolute links', async () => {
    const settings = await querySeed(siteSettingsSchema, SITE_SETTINGS_QUERY)
    const posts = await querySeed(z.array(postSummarySchema), POSTS_PAGE_QUERY, { start: 0, end: FEED_SIZE })
    const xml = renderRssFeed(posts, settings)
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/)
    const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1])
    expect(links).toEqual(posts.map((post) => `http://localhost:3000/blog/${post.slug}`))
    expect(xml).toContain(`<pubDate>${new Date(posts[0]?.publishedAt ?? '').toUTCString()}</pubDate>`)
    expect(xml).toContain('<atom:link href="http://localhost:3000/blog/feed.xml" rel="self"')
  })

  it('escapes markup in titles and keeps at most 20 items', async () => {
    const settings = await querySeed(siteSettingsSchema, SITE_SETTINGS_QUERY)
    const [first] = await querySeed(z.array(postSummarySchema), POSTS_PAGE_QUERY, { start: 0, end: 1 })
    if (!first) throw new Error('seed has no posts')
    const many = Array.from({ length: 25 }, (_, i) => ({ ...first, slug: `post-${i}`, title: `Tom & Jerry <${i}>` }))
    const xml = renderRssFeed(many, settings)
    expect(xml.match(/<item>/g)).toHaveLength(FEED_SIZE)
    expect(xml).toContain('<title>Tom &amp; Jerry &lt;0&gt;</title>')
  })
})

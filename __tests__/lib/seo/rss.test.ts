import { z } from 'zod'
import { POSTS_PAGE_QUERY, SITE_SETTINGS_QUERY, SITE_TEXTS_QUERY } from '@/lib/content/queries'
import { postSummarySchema, siteSettingsSchema, siteTextsSchema } from '@/lib/content/schemas'
import { FEED_SIZE, renderRssFeed } from '@/lib/seo/rss'
import { escapeXml } from '@/lib/seo/sitemap'
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
    expect(xml).toContain('<language>en-us</language>')
    expect(xml).toContain(`<title>${escapeXml(settings.clinicName)}: articles</title>`)
  })

  it('gives the Spanish feed Spanish posts, Spanish texts and links under /es', async () => {
    const english = await querySeed(siteSettingsSchema, SITE_SETTINGS_QUERY)
    const texts = await querySeed(siteTextsSchema, SITE_TEXTS_QUERY, { language: 'es' })
    if (!texts.tagline) throw new Error('seed has no Spanish tagline')
    // As getSiteSettings('es') merges them: the Spanish texts over the English settings.
    const settings = { ...english, tagline: texts.tagline }
    const posts = await querySeed(z.array(postSummarySchema), POSTS_PAGE_QUERY, {
      start: 0,
      end: FEED_SIZE,
      language: 'es',
    })
    expect(posts.length).toBeGreaterThanOrEqual(5)
    const xml = renderRssFeed(posts, settings, 'es')
    expect(xml).toContain('<language>es-us</language>')
    expect(xml).toContain(`<title>${escapeXml(settings.clinicName)}: artículos</title>`)
    expect(xml).toContain(`<description>${escapeXml(texts.tagline)}</description>`)
    expect(xml).toContain('<link>http://localhost:3000/es/blog</link>')
    expect(xml).toContain('<atom:link href="http://localhost:3000/es/blog/feed.xml" rel="self"')
    const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1])
    expect(links).toEqual(posts.map((post) => `http://localhost:3000/es/blog/${post.slug}`))
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

/** RSS 2.0 for the article index: the latest posts, absolute links, RFC 822 dates. */
import type { PostSummary, SiteSettings } from '@/lib/content/schemas'
import { paths } from '@/lib/routes'
import { escapeXml } from './sitemap'
import { absoluteUrl } from './site-url'

export const FEED_SIZE = 20

export function renderRssFeed(posts: PostSummary[], settings: SiteSettings): string {
  const items = posts.slice(0, FEED_SIZE).map((post) => {
    const link = absoluteUrl(paths.post(post.slug))
    const categories = post.categories.map((category) => `      <category>${escapeXml(category.title)}</category>`)
    return [
      '    <item>',
      `      <title>${escapeXml(post.title)}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(link)}</guid>`,
      `      <description>${escapeXml(post.excerpt)}</description>`,
      `      <pubDate>${new Date(post.publishedAt).toUTCString()}</pubDate>`,
      `      <dc:creator>${escapeXml(post.author.name)}</dc:creator>`,
      ...categories,
      '    </item>',
    ].join('\n')
  })
  const newest = posts[0]
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(`${settings.clinicName}: articles`)}</title>
    <link>${escapeXml(absoluteUrl(paths.blog()))}</link>
    <description>${escapeXml(settings.tagline)}</description>
    <language>en-us</language>
    <atom:link href="${escapeXml(absoluteUrl(paths.feed()))}" rel="self" type="application/rss+xml"/>
${newest ? `    <lastBuildDate>${new Date(newest.updatedAt ?? newest._updatedAt).toUTCString()}</lastBuildDate>\n` : ''}${items.join('\n')}
  </channel>
</rss>
`
}

/**
 * RSS 2.0 for an article index, one feed per language (/blog/feed.xml, /es/blog/feed.xml): the
 * latest posts in that language, absolute links to their pages, RFC 822 dates.
 */
import type { PostSummary, SiteSettings } from '@/lib/content/schemas'
import { LANGUAGE_TAGS, messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, paths, type Locale } from '@/lib/routes'
import { escapeXml } from './sitemap'
import { absoluteUrl } from './site-url'

export const FEED_SIZE = 20

/** `posts` and `settings` in the feed's language (`getLatestPosts(n, locale)`, `getSiteSettings(locale)`). */
export function renderRssFeed(posts: PostSummary[], settings: SiteSettings, locale: Locale = DEFAULT_LOCALE): string {
  const items = posts.slice(0, FEED_SIZE).map((post) => {
    const link = absoluteUrl(paths.post(post.slug, locale))
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
  const articles = messages(locale).chrome.nav.articles.toLowerCase()
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(`${settings.clinicName}: ${articles}`)}</title>
    <link>${escapeXml(absoluteUrl(paths.blog(locale)))}</link>
    <description>${escapeXml(settings.tagline)}</description>
    <language>${LANGUAGE_TAGS[locale].toLowerCase()}</language>
    <atom:link href="${escapeXml(absoluteUrl(paths.feed(locale)))}" rel="self" type="application/rss+xml"/>
${newest ? `    <lastBuildDate>${new Date(newest.updatedAt ?? newest._updatedAt).toUTCString()}</lastBuildDate>\n` : ''}${items.join('\n')}
  </channel>
</rss>
`
}

import { loadSitemapEntries } from '@/lib/seo/sitemap-data'
import { renderSitemap } from '@/lib/seo/sitemap'

export const dynamic = 'force-static'

export async function GET(): Promise<Response> {
  const xml = renderSitemap(await loadSitemapEntries())
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}

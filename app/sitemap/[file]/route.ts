import { loadSitemapEntries } from '@/lib/seo/sitemap-data'
import { renderSitemapPart } from '@/lib/seo/sitemap'

/** Numbered parts of a split sitemap: /sitemap/1.xml, /sitemap/2.xml, ... */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const match = /^(\d{1,4})\.xml$/.exec((await params).file)
  const xml = match?.[1] ? renderSitemapPart(await loadSitemapEntries(), Number(match[1])) : null
  if (!xml) return new Response('Not found', { status: 404 })
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}

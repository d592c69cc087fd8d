import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ContentPageView } from '@/components/content/content-page-view'
import { getPage, getSiteSettings } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata'

// A design reference for editors, not for search results.
export async function generateMetadata(): Promise<Metadata> {
  const page = await getPage('style-guide')
  return pageMetadata({
    title: page?.title ?? 'Style guide',
    description: page?.intro ?? 'Every rich-text element the site can show.',
    path: '/style-guide',
    seo: page?.seo,
    noIndex: true,
  })
}

export default async function StyleGuidePage() {
  const [page, settings] = await Promise.all([getPage('style-guide'), getSiteSettings()])
  if (!page) notFound()
  return <ContentPageView page={page} settings={settings} />
}

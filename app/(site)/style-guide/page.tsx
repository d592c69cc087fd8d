import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ContentPageView } from '@/components/content/content-page-view'
import { getPage, getSiteSettings } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata'
import { PAGE_SLUGS, paths } from '@/lib/routes'

// A design reference for editors, not for search results.
export async function generateMetadata(): Promise<Metadata> {
  const page = await getPage(PAGE_SLUGS.styleGuide)
  return pageMetadata({
    title: page?.title ?? 'Style guide',
    description: page?.intro ?? 'Every rich-text element the site can show.',
    path: paths.styleGuide(),
    seo: page?.seo,
    noIndex: true,
  })
}

export default async function StyleGuidePage() {
  const [page, settings] = await Promise.all([getPage(PAGE_SLUGS.styleGuide), getSiteSettings()])
  if (!page) notFound()
  return <ContentPageView page={page} settings={settings} />
}

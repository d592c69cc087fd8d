import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ContentPageView } from '@/components/content/content-page-view'
import { getPage, getSiteSettings } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata'
import { PAGE_SLUGS, paths } from '@/lib/routes'

export async function generateMetadata(): Promise<Metadata> {
  const page = await getPage(PAGE_SLUGS.privacy)
  if (!page) return {}
  return pageMetadata({
    title: page.title,
    description: page.intro ?? 'How we handle your information.',
    path: paths.privacy(),
    seo: page.seo,
  })
}

export default async function PrivacyPage() {
  const [page, settings] = await Promise.all([getPage(PAGE_SLUGS.privacy), getSiteSettings()])
  if (!page) notFound()
  return <ContentPageView page={page} settings={settings} />
}

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ContentPageView } from '@/components/content/content-page-view'
import { getPage, getSiteSettings } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata'

export async function generateMetadata(): Promise<Metadata> {
  const page = await getPage('privacy')
  if (!page) return {}
  return pageMetadata({
    title: page.title,
    description: page.intro ?? 'How we handle your information.',
    path: '/privacy',
    seo: page.seo,
  })
}

export default async function PrivacyPage() {
  const [page, settings] = await Promise.all([getPage('privacy'), getSiteSettings()])
  if (!page) notFound()
  return <ContentPageView page={page} settings={settings} />
}

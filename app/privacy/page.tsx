import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ContentPageView } from '@/components/content/content-page-view'
import { getPage, getSiteSettings } from '@/lib/content'

export async function generateMetadata(): Promise<Metadata> {
  const page = await getPage('privacy')
  if (!page) return {}
  return {
    title: page.seo?.metaTitle || page.title,
    description: page.seo?.metaDescription || page.intro || 'How we handle your information.',
  }
}

export default async function PrivacyPage() {
  const [page, settings] = await Promise.all([getPage('privacy'), getSiteSettings()])
  if (!page) notFound()
  return <ContentPageView page={page} settings={settings} />
}

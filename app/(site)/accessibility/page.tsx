import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ContentPageView } from '@/components/content/content-page-view'
import { getPage, getSiteSettings } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata'
import { PAGE_SLUGS, paths } from '@/lib/routes'
import { LanguageSwitch } from '@/components/site/language-switch'

export async function generateMetadata(): Promise<Metadata> {
  const page = await getPage(PAGE_SLUGS.accessibility)
  if (!page) return {}
  return pageMetadata({
    title: page.title,
    description: page.intro ?? 'How we make this website usable for everyone, and how to tell us about a barrier.',
    path: paths.accessibility(),
    seo: page.seo,
  })
}

export default async function AccessibilityPage() {
  const [page, settings] = await Promise.all([getPage(PAGE_SLUGS.accessibility), getSiteSettings()])
  if (!page) notFound()
  return (
    <>
      <LanguageSwitch locale="en" />
      <ContentPageView page={page} settings={settings} />
    </>
  )
}

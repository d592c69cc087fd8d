/** The privacy notice, in either language: /privacy and /es/privacidad. */
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ContentPageView } from '@/components/content/content-page-view'
import { LanguageSwitch } from '@/components/site/language-switch'
import { getPage, getSiteSettings, getTranslations } from '@/lib/content'
import { messages } from '@/lib/i18n'
import { documentAlternates } from '@/lib/seo/alternates'
import { pageMetadata } from '@/lib/seo/metadata'
import { LOCALIZED_PAGE_SLUGS, paths, type Locale } from '@/lib/routes'

export function privacyRoute(locale: Locale) {
  async function load() {
    const page = await getPage(LOCALIZED_PAGE_SLUGS.privacy[locale], locale)
    if (!page) return null
    return { page, alternates: documentAlternates('page', await getTranslations(page._id)) }
  }

  async function generateMetadata(): Promise<Metadata> {
    const found = await load()
    if (!found) return {}
    return pageMetadata({
      title: found.page.title,
      description: found.page.intro ?? messages(locale).pages.privacy.description,
      path: paths.privacy(locale),
      seo: found.page.seo,
      locale,
      alternates: found.alternates,
    })
  }

  async function PrivacyPage() {
    const [found, settings] = await Promise.all([load(), getSiteSettings(locale)])
    if (!found) notFound()
    return (
      <>
        <LanguageSwitch locale={locale} alternates={found.alternates} />
        <ContentPageView locale={locale} page={found.page} settings={settings} />
      </>
    )
  }

  return { generateMetadata, Page: PrivacyPage }
}

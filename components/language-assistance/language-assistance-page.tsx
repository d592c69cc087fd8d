import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PortableTextBody } from '@/components/content/portable-text'
import { Container } from '@/components/site/container'
import { LanguageSwitch } from '@/components/site/language-switch'
import { PageHeader } from '@/components/site/page-header'
import { getPage, getSiteSettings } from '@/lib/content'
import { messages, type Locale } from '@/lib/i18n'
import { LOCALIZED_PAGE_SLUGS, paths } from '@/lib/routes'
import { fixedAlternates } from '@/lib/seo/alternates'
import { pageMetadata } from '@/lib/seo/metadata'
import { TaglineList } from './tagline-list'
import styles from '@/components/content/content-page-view.module.css'

/**
 * The language-assistance page (free interpreters, nondiscrimination notice, taglines) in either
 * language: a `page` document per language, each with its own slug (LOCALIZED_PAGE_SLUGS).
 */
const slugFor = (locale: Locale) => LOCALIZED_PAGE_SLUGS.languageAssistance[locale]

export async function languageAssistanceMetadata(locale: Locale): Promise<Metadata> {
  const page = await getPage(slugFor(locale), locale)
  if (!page) return {}
  return pageMetadata({
    title: page.title,
    description: page.intro ?? messages(locale).chrome.footer.languageAssistance,
    path: paths.languageAssistance(locale),
    seo: page.seo,
    locale,
    alternates: fixedAlternates('languageAssistance'),
  })
}

export async function LanguageAssistancePage({ locale }: { locale: Locale }) {
  const [page, settings] = await Promise.all([getPage(slugFor(locale), locale), getSiteSettings(locale)])
  if (!page) notFound()
  return (
    <>
      <LanguageSwitch locale={locale} alternates={fixedAlternates('languageAssistance')} />
      <PageHeader
        locale={locale}
        title={page.title}
        lead={page.intro}
        breadcrumb={[
          { label: messages(locale).pages.home.breadcrumb, href: paths.home(locale) },
          { label: page.title, href: paths.languageAssistance(locale) },
        ]}
      />
      <Container className={styles.content}>
        <div className={styles.column}>
          <PortableTextBody value={page.body} phone={settings.phone} locale={locale} />
          <TaglineList taglines={page.taglines} phone={settings.phone} locale={locale} />
        </div>
      </Container>
    </>
  )
}

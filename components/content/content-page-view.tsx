import { Container } from '@/components/site/container'
import { PageHeader } from '@/components/site/page-header'
import type { Page, SiteSettings } from '@/lib/content/schemas'
import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, paths, type Locale } from '@/lib/routes'
import { PortableTextBody } from './portable-text'
import styles from './content-page-view.module.css'

type ContentPageViewProps = {
  page: Page
  settings: Pick<SiteSettings, 'phone'>
  locale?: Locale
}

/** A generic CMS page (privacy, style guide): title, intro, rich text. */
export function ContentPageView({ page, settings, locale = DEFAULT_LOCALE }: ContentPageViewProps) {
  return (
    <>
      <PageHeader
        title={page.title}
        lead={page.intro}
        locale={locale}
        breadcrumb={[
          { label: messages(locale).pages.home.breadcrumb, href: paths.home(locale) },
          { label: page.title, href: paths.page(page.slug, locale) },
        ]}
      />
      <Container className={styles.content}>
        <div className={styles.column}>
          <PortableTextBody value={page.body} phone={settings.phone} locale={locale} />
        </div>
      </Container>
    </>
  )
}

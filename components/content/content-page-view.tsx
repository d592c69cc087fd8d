import { Container } from '@/components/site/container'
import { PageHeader } from '@/components/site/page-header'
import type { Page, SiteSettings } from '@/lib/content/schemas'
import { paths } from '@/lib/routes'
import { PortableTextBody } from './portable-text'
import styles from './content-page-view.module.css'

type ContentPageViewProps = {
  page: Page
  settings: Pick<SiteSettings, 'phone'>
}

/** A generic CMS page (privacy, style guide): title, intro, rich text. */
export function ContentPageView({ page, settings }: ContentPageViewProps) {
  return (
    <>
      <PageHeader
        title={page.title}
        lead={page.intro}
        breadcrumb={[
          { label: 'Home', href: paths.home() },
          { label: page.title, href: paths.page(page.slug) },
        ]}
      />
      <Container className={styles.content}>
        <div className={styles.column}>
          <PortableTextBody value={page.body} phone={settings.phone} />
        </div>
      </Container>
    </>
  )
}

/** A comparison table's page, in either language: /compare/[slug] and /es/comparar/[slug]. */
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ComparisonTableView } from '@/components/content/comparison-table'
import { ConsultationCta } from '@/components/content/consultation-cta'
import { Container } from '@/components/site/container'
import { LanguageSwitch } from '@/components/site/language-switch'
import { PageHeader } from '@/components/site/page-header'
import { TreatmentLinks } from '@/components/treatment/treatment-links'
import { getComparisonTable, getComparisonTables, getSiteSettings, getTranslations } from '@/lib/content'
import { messages } from '@/lib/i18n'
import { documentAlternates } from '@/lib/seo/alternates'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths, type Locale } from '@/lib/routes'
import type { SlugProps } from './route-props'
import styles from './compare.module.css'

export function comparisonRoute(locale: Locale) {
  async function load(slug: string) {
    const table = await getComparisonTable(slug, locale)
    if (!table) return null
    return { table, alternates: documentAlternates('comparisonTable', await getTranslations(table._id)) }
  }

  async function generateStaticParams(): Promise<{ slug: string }[]> {
    const tables = await getComparisonTables(locale)
    return tables.map((table) => ({ slug: table.slug }))
  }

  async function generateMetadata({ params }: SlugProps): Promise<Metadata> {
    const found = await load((await params).slug)
    if (!found) return {}
    const { table, alternates } = found
    return pageMetadata({
      title: table.title,
      description: table.intro ?? table.caption,
      path: paths.comparison(table.slug, locale),
      locale,
      alternates,
    })
  }

  async function ComparePage({ params }: SlugProps) {
    const { slug } = await params
    const [found, settings] = await Promise.all([load(slug), getSiteSettings(locale)])
    if (!found) notFound()
    const { table, alternates } = found
    const p = messages(locale).pages

    return (
      <>
        <LanguageSwitch locale={locale} alternates={alternates} />
        <PageHeader
          locale={locale}
          title={table.title}
          eyebrow={p.comparison.eyebrow}
          lead={table.intro}
          breadcrumb={[
            { label: p.home.breadcrumb, href: paths.home(locale) },
            { label: p.compare.breadcrumb, href: paths.comparisons(locale) },
            { label: table.title, href: paths.comparison(table.slug, locale) },
          ]}
        />
        <Container className={styles.page}>
          {/* The page's h1 already carries the title and intro; the table's own heading names the view.
              The component prints the footnote under the table itself. */}
          <ComparisonTableView
            locale={locale}
            table={{ ...table, title: p.comparison.tableTitle, intro: null }}
            headingLevel={2}
          />

          <TreatmentLinks
            locale={locale}
            headingId="compare-read-more"
            title={p.comparison.readMore}
            treatments={table.columns.map((column) => ({ name: column.name, slug: column.slug }))}
          />

          <ConsultationCta
            locale={locale}
            heading={p.comparison.ctaHeading}
            text={p.comparison.ctaText}
            phone={settings.phone}
          />
        </Container>
      </>
    )
  }

  return { generateStaticParams, generateMetadata, Page: ComparePage }
}

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ComparisonTableView } from '@/components/content/comparison-table'
import { ConsultationCta } from '@/components/content/consultation-cta'
import { Container } from '@/components/site/container'
import { PageHeader } from '@/components/site/page-header'
import { TreatmentLinks } from '@/components/treatment/treatment-links'
import { getComparisonTable, getComparisonTables, getSiteSettings } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths } from '@/lib/routes'
import styles from './compare.module.css'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  const tables = await getComparisonTables()
  return tables.map((table) => ({ slug: table.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const table = await getComparisonTable((await params).slug)
  if (!table) return {}
  return pageMetadata({
    title: table.title,
    description: table.intro ?? table.caption,
    path: paths.comparison(table.slug),
  })
}

export default async function ComparePage({ params }: Props) {
  const { slug } = await params
  const [table, settings] = await Promise.all([getComparisonTable(slug), getSiteSettings()])
  if (!table) notFound()

  return (
    <>
      <PageHeader
        title={table.title}
        eyebrow="Compare treatments"
        lead={table.intro}
        breadcrumb={[
          { label: 'Home', href: paths.home() },
          { label: 'Compare', href: paths.comparisons() },
          { label: table.title, href: paths.comparison(table.slug) },
        ]}
      />
      <Container className={styles.page}>
        {/* The page's h1 already carries the title and intro; the table's own heading names the view.
            The component prints the footnote under the table itself. */}
        <ComparisonTableView table={{ ...table, title: 'Side by side', intro: null }} headingLevel={2} />

        <TreatmentLinks
          headingId="compare-read-more"
          title="Read more about each treatment"
          treatments={table.columns.map((column) => ({ name: column.name, slug: column.slug }))}
        />

        <ConsultationCta
          heading="Not sure which is right for you?"
          text="That’s what the free consultation is for. Our care team will listen, answer your questions and explain the next steps."
          phone={settings.phone}
        />
      </Container>
    </>
  )
}

import type { Metadata } from 'next'
import { ConsultationCta } from '@/components/content/consultation-cta'
import { Container } from '@/components/site/container'
import { PageHeader } from '@/components/site/page-header'
import { Section } from '@/components/site/section'
import { CompareLink } from '@/components/treatment/compare-link'
import { getComparisonTables, getSiteSettings } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths } from '@/lib/routes'

export const metadata: Metadata = pageMetadata({
  title: 'Compare treatments',
  description: 'Side-by-side comparisons of the ketamine treatments we offer, to help you decide what to ask about.',
  path: paths.comparisons(),
})

/** The nav's "Compare" destination: every comparison table, one row each. */
export default async function CompareIndexPage() {
  const [tables, settings] = await Promise.all([getComparisonTables(), getSiteSettings()])
  return (
    <>
      <PageHeader
        title="Compare treatments"
        breadcrumb={[
          { label: 'Home', href: paths.home() },
          { label: 'Compare', href: paths.comparisons() },
        ]}
        lead="How our treatments differ in how they’re given, what sessions feel like, and who they may suit."
      />
      <Section labelledBy="comparisons" tight>
        <Container>
          <h2 id="comparisons" className="visually-hidden">
            Comparisons
          </h2>
          {tables.length > 0 ? (
            tables.map((table) => (
              <CompareLink
                key={table._id}
                href={paths.comparison(table.slug)}
                title={table.title}
                text={table.intro ?? table.caption}
              />
            ))
          ) : (
            <p>Comparisons are being updated. Please call us on {settings.phone.display} with any questions.</p>
          )}
          <ConsultationCta phone={settings.phone} />
        </Container>
      </Section>
    </>
  )
}

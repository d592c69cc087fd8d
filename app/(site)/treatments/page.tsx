import type { Metadata } from 'next'
import { ConsultationCta } from '@/components/content/consultation-cta'
import { Container } from '@/components/site/container'
import { PageHeader } from '@/components/site/page-header'
import { Section } from '@/components/site/section'
import { CompareLink } from '@/components/treatment/compare-link'
import { TreatmentGrid } from '@/components/treatment/treatment-grid'
import { getComparisonTables, getSiteSettings, getTreatments } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths } from '@/lib/routes'

const DESCRIPTION =
  'Ketamine treatments offered at our clinic: how each is given, what a session is like, and who it may suit.'

export const metadata: Metadata = pageMetadata({
  title: 'Treatments',
  description: DESCRIPTION,
  path: paths.treatments(),
})

export default async function TreatmentsPage() {
  const [settings, treatments, comparisons] = await Promise.all([
    getSiteSettings(),
    getTreatments(),
    getComparisonTables(),
  ])
  const comparison = comparisons[0]

  return (
    <>
      <PageHeader
        title="Treatments"
        breadcrumb={[
          { label: 'Home', href: paths.home() },
          { label: 'Treatments', href: paths.treatments() },
        ]}
        lead="Each treatment starts with a free phone consultation and a medical evaluation, so you and your clinician can decide together what fits."
      />
      <Section labelledBy="treatments-list" tight>
        <Container>
          <h2 id="treatments-list" className="visually-hidden">
            All treatments
          </h2>
          {treatments.length > 0 ? (
            <TreatmentGrid treatments={treatments} />
          ) : (
            <p>Treatment information is being updated. Please call us on {settings.phone.display} in the meantime.</p>
          )}
          {comparison ? (
            <CompareLink
              href={paths.comparison(comparison.slug)}
              title={comparison.title}
              text="Not sure which to ask about? See how they differ, side by side."
            />
          ) : null}
          <ConsultationCta phone={settings.phone} />
        </Container>
      </Section>
    </>
  )
}

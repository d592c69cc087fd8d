import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ConsultationCta } from '@/components/content/consultation-cta'
import { MedicalReviewByline } from '@/components/content/medical-review-byline'
import { PortableTextBody } from '@/components/content/portable-text'
import { SanityImage } from '@/components/content/sanity-image'
import { ContactCard } from '@/components/site/contact-card'
import { Container } from '@/components/site/container'
import { PageHeader } from '@/components/site/page-header'
import { CompareLink } from '@/components/treatment/compare-link'
import { TreatmentFacts } from '@/components/treatment/treatment-facts'
import { TreatmentFaq } from '@/components/treatment/treatment-faq'
import { TreatmentPoints } from '@/components/treatment/treatment-points'
import { JsonLdScript } from '@/components/seo/json-ld'
import { getComparisonTables, getSiteSettings, getTreatment, getTreatments } from '@/lib/content'
import { treatmentJsonLd } from '@/lib/seo/json-ld'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths } from '@/lib/routes'
import styles from './treatment.module.css'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  const treatments = await getTreatments()
  return treatments.map((treatment) => ({ slug: treatment.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const treatment = await getTreatment((await params).slug)
  if (!treatment) return {}
  return pageMetadata({
    title: treatment.name,
    description: treatment.summary,
    path: paths.treatment(treatment.slug),
    seo: treatment.seo,
    type: 'article',
    ogImagePath: paths.ogCard('treatment', treatment.slug),
    modifiedTime: treatment._updatedAt,
  })
}

export default async function TreatmentPage({ params }: Props) {
  const { slug } = await params
  const [treatment, settings, comparisons] = await Promise.all([
    getTreatment(slug),
    getSiteSettings(),
    getComparisonTables(),
  ])
  if (!treatment) notFound()
  // The comparison that includes this treatment, if any.
  const comparison = comparisons.find((table) => table.columns.some((column) => column.slug === treatment.slug))

  return (
    <article>
      <JsonLdScript data={treatmentJsonLd(treatment)} />
      <PageHeader
        title={treatment.name}
        eyebrow="Treatment"
        lead={treatment.summary}
        breadcrumb={[
          { label: 'Home', href: paths.home() },
          { label: 'Treatments', href: paths.treatments() },
          { label: treatment.name, href: paths.treatment(treatment.slug) },
        ]}
        aside={<SanityImage image={treatment.heroImage} priority sizes="(min-width: 56rem) 32rem, 100vw" />}
      >
        <MedicalReviewByline review={treatment.medicalReview} />
      </PageHeader>

      <Container className={styles.layout}>
        <div className={styles.sidebar}>
          <TreatmentFacts
            administration={treatment.administration}
            purpose={treatment.purpose}
            experience={treatment.experience}
            sessionLength={treatment.sessionLength}
          />
          <div className={styles.sidebarContact}>
            <ContactCard phone={settings.phone} slotMinutes={settings.consultation.slotMinutes} />
          </div>
        </div>

        <div className={styles.content}>
          <div className={styles.points}>
            <TreatmentPoints title="Possible benefits" items={treatment.benefits} tone="benefit" headingId="benefits" />
            <TreatmentPoints
              title="Limitations to know about"
              items={treatment.limitations}
              tone="limitation"
              headingId="limitations"
            />
          </div>

          <section aria-labelledby="suited-for" className={styles.suited}>
            <h2 id="suited-for">Who it may suit</h2>
            <p>{treatment.suitedFor}</p>
          </section>

          <PortableTextBody value={treatment.body} phone={settings.phone} className={styles.body} />

          <TreatmentFaq faqs={treatment.faqs} />

          {comparison ? (
            <CompareLink
              href={paths.comparison(comparison.slug)}
              title={comparison.title}
              text="See how this treatment differs from the alternatives, side by side."
            />
          ) : null}

          <ConsultationCta phone={settings.phone} />
        </div>
      </Container>
    </article>
  )
}

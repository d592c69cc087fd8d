/** A treatment's page, in either language: /treatments/[slug] and /es/tratamientos/[slug]. */
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ConsultationCta } from '@/components/content/consultation-cta'
import { MedicalReviewByline } from '@/components/content/medical-review-byline'
import { PortableTextBody } from '@/components/content/portable-text'
import { SanityImage } from '@/components/content/sanity-image'
import { ContactCard } from '@/components/site/contact-card'
import { Container } from '@/components/site/container'
import { LanguageSwitch } from '@/components/site/language-switch'
import { PageHeader } from '@/components/site/page-header'
import { CompareLink } from '@/components/treatment/compare-link'
import { TreatmentFacts } from '@/components/treatment/treatment-facts'
import { TreatmentFaq } from '@/components/treatment/treatment-faq'
import { TreatmentPoints } from '@/components/treatment/treatment-points'
import { JsonLdScript } from '@/components/seo/json-ld'
import { getComparisonTables, getSiteSettings, getTranslations, getTreatment, getTreatments } from '@/lib/content'
import { messages } from '@/lib/i18n'
import { documentAlternates } from '@/lib/seo/alternates'
import { treatmentJsonLd } from '@/lib/seo/json-ld'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths, type Locale } from '@/lib/routes'
import type { SlugProps } from './route-props'
import styles from './treatment.module.css'

export function treatmentRoute(locale: Locale) {
  async function load(slug: string) {
    const treatment = await getTreatment(slug, locale)
    if (!treatment) return null
    return { treatment, alternates: documentAlternates('treatment', await getTranslations(treatment._id)) }
  }

  async function generateStaticParams(): Promise<{ slug: string }[]> {
    const treatments = await getTreatments(locale)
    return treatments.map((treatment) => ({ slug: treatment.slug }))
  }

  async function generateMetadata({ params }: SlugProps): Promise<Metadata> {
    const found = await load((await params).slug)
    if (!found) return {}
    const { treatment, alternates } = found
    return pageMetadata({
      title: treatment.name,
      description: treatment.summary,
      path: paths.treatment(treatment.slug, locale),
      seo: treatment.seo,
      type: 'article',
      ogImagePath: paths.ogCard('treatment', treatment.slug),
      modifiedTime: treatment._updatedAt,
      locale,
      alternates,
    })
  }

  async function TreatmentPage({ params }: SlugProps) {
    const { slug } = await params
    const [found, settings, comparisons] = await Promise.all([
      load(slug),
      getSiteSettings(locale),
      getComparisonTables(locale),
    ])
    if (!found) notFound()
    const { treatment, alternates } = found
    const p = messages(locale).pages
    // The comparison that includes this treatment, if any.
    const comparison = comparisons.find((table) => table.columns.some((column) => column.slug === treatment.slug))

    return (
      <article>
        <JsonLdScript data={treatmentJsonLd(treatment, locale)} />
        <LanguageSwitch locale={locale} alternates={alternates} />
        <PageHeader
          locale={locale}
          title={treatment.name}
          eyebrow={p.treatment.eyebrow}
          lead={treatment.summary}
          breadcrumb={[
            { label: p.home.breadcrumb, href: paths.home(locale) },
            { label: p.treatments.title, href: paths.treatments(locale) },
            { label: treatment.name, href: paths.treatment(treatment.slug, locale) },
          ]}
          aside={<SanityImage image={treatment.heroImage} priority sizes="(min-width: 56rem) 32rem, 100vw" />}
        >
          <MedicalReviewByline locale={locale} review={treatment.medicalReview} />
        </PageHeader>

        <Container className={styles.layout}>
          <div className={styles.sidebar}>
            <TreatmentFacts
              locale={locale}
              administration={treatment.administration}
              purpose={treatment.purpose}
              experience={treatment.experience}
              sessionLength={treatment.sessionLength}
            />
            <div className={styles.sidebarContact}>
              <ContactCard locale={locale} phone={settings.phone} slotMinutes={settings.consultation.slotMinutes} />
            </div>
          </div>

          <div className={styles.content}>
            <div className={styles.points}>
              <TreatmentPoints
                title={p.treatment.benefits}
                items={treatment.benefits}
                tone="benefit"
                headingId="benefits"
              />
              <TreatmentPoints
                title={p.treatment.limitations}
                items={treatment.limitations}
                tone="limitation"
                headingId="limitations"
              />
            </div>

            <section aria-labelledby="suited-for" className={styles.suited}>
              <h2 id="suited-for">{p.treatment.suitedFor}</h2>
              <p>{treatment.suitedFor}</p>
            </section>

            <PortableTextBody locale={locale} value={treatment.body} phone={settings.phone} className={styles.body} />

            <TreatmentFaq locale={locale} faqs={treatment.faqs} />

            {comparison ? (
              <CompareLink
                href={paths.comparison(comparison.slug, locale)}
                title={comparison.title}
                text={p.treatment.compareText}
              />
            ) : null}

            <ConsultationCta locale={locale} phone={settings.phone} />
          </div>
        </Container>
      </article>
    )
  }

  return { generateStaticParams, generateMetadata, Page: TreatmentPage }
}

import type { Metadata } from 'next'
import { Link } from '@/components/site/link'
import { ConsultationCta } from '@/components/content/consultation-cta'
import { PostCard } from '@/components/content/post-card'
import { CompareTeaser } from '@/components/site/compare-teaser'
import { Container } from '@/components/site/container'
import { HomeHero } from '@/components/site/home-hero'
import { HowItWorks } from '@/components/site/how-it-works'
import { SafetyNote } from '@/components/site/safety-note'
import { Section, SectionHeading } from '@/components/site/section'
import { TreatmentGrid } from '@/components/treatment/treatment-grid'
import { JsonLdScript } from '@/components/seo/json-ld'
import { getComparisonTables, getLatestPosts, getLocations, getSiteSettings, getTreatments } from '@/lib/content'
import { medicalClinicJsonLd } from '@/lib/seo/json-ld'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths } from '@/lib/routes'
import styles from './home.module.css'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  const metadata = pageMetadata({
    title: `${settings.clinicName}: ${settings.tagline}`,
    description: settings.tagline,
    path: paths.home(),
    seo: settings.seo,
  })
  // The home page carries the clinic's full name already; no "| Clinic" suffix.
  return { ...metadata, title: { absolute: String(metadata.title) } }
}

export default async function HomePage() {
  const [settings, treatments, posts, comparisons, locations] = await Promise.all([
    getSiteSettings(),
    getTreatments(),
    getLatestPosts(3),
    getComparisonTables(),
    getLocations(),
  ])
  const comparison = comparisons[0]

  return (
    <>
      <JsonLdScript data={medicalClinicJsonLd(settings, locations)} />
      <HomeHero tagline={settings.tagline} phone={settings.phone} slotMinutes={settings.consultation.slotMinutes} />

      {treatments.length > 0 ? (
        <Section labelledBy="home-treatments">
          <Container>
            <SectionHeading
              id="home-treatments"
              eyebrow="Treatments"
              title="Treatments we offer"
              lead="Every plan begins with a medical evaluation. Read how each treatment works, what a session is like and who it may suit."
              action={<Link href={paths.treatments()}>All treatments</Link>}
            />
            <TreatmentGrid treatments={treatments} />
          </Container>
        </Section>
      ) : null}

      <Section labelledBy="home-how" tone="tinted">
        <Container>
          <HowItWorks headingId="home-how" />
        </Container>
      </Section>

      {comparison ? (
        <Section labelledBy="home-compare">
          <Container>
            <CompareTeaser
              headingId="home-compare"
              href={paths.comparison(comparison.slug)}
              names={comparison.columns.map((column) => column.name)}
            />
          </Container>
        </Section>
      ) : null}

      <Section labelledBy="home-safety" className={styles.safety}>
        <Container>
          <SafetyNote headingId="home-safety" />
        </Container>
      </Section>

      {posts.length > 0 ? (
        <Section labelledBy="home-articles" tone="tinted">
          <Container>
            <SectionHeading
              id="home-articles"
              eyebrow="From our clinicians"
              title="Latest articles"
              action={<Link href={paths.blog()}>All articles</Link>}
            />
            <ul role="list" className={styles.posts}>
              {posts.map((post) => (
                <li key={post._id}>
                  <PostCard post={post} headingLevel={3} timeZone={settings.timeZone} />
                </li>
              ))}
            </ul>
          </Container>
        </Section>
      ) : null}

      <Container className={styles.cta}>
        <ConsultationCta phone={settings.phone} />
      </Container>
    </>
  )
}

/** The home page, in either language: / and /es. */
import type { Metadata } from 'next'
import { ConsultationCta } from '@/components/content/consultation-cta'
import { PostCard } from '@/components/content/post-card'
import { CompareTeaser } from '@/components/site/compare-teaser'
import { Container } from '@/components/site/container'
import { HomeHero } from '@/components/site/home-hero'
import { HowItWorks } from '@/components/site/how-it-works'
import { LanguageSwitch } from '@/components/site/language-switch'
import { Link } from '@/components/site/link'
import { SafetyNote } from '@/components/site/safety-note'
import { Section, SectionHeading } from '@/components/site/section'
import { TreatmentGrid } from '@/components/treatment/treatment-grid'
import { JsonLdScript } from '@/components/seo/json-ld'
import { getComparisonTables, getLatestPosts, getLocations, getSiteSettings, getTreatments } from '@/lib/content'
import { messages } from '@/lib/i18n'
import { fixedAlternates } from '@/lib/seo/alternates'
import { medicalClinicJsonLd } from '@/lib/seo/json-ld'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths, type Locale } from '@/lib/routes'
import styles from './home.module.css'

export function homeRoute(locale: Locale) {
  const p = messages(locale).pages

  async function generateMetadata(): Promise<Metadata> {
    const settings = await getSiteSettings(locale)
    const metadata = pageMetadata({
      title: p.home.title(settings.clinicName, settings.tagline),
      description: settings.tagline,
      path: paths.home(locale),
      seo: settings.seo,
      locale,
      alternates: fixedAlternates('home'),
    })
    // The home page carries the clinic's full name already; no "| Clinic" suffix.
    return { ...metadata, title: { absolute: String(metadata.title) } }
  }

  async function HomePage() {
    const [settings, treatments, posts, comparisons, locations] = await Promise.all([
      getSiteSettings(locale),
      getTreatments(locale),
      getLatestPosts(3, locale),
      getComparisonTables(locale),
      getLocations(),
    ])
    const comparison = comparisons[0]

    return (
      <>
        <JsonLdScript data={medicalClinicJsonLd(settings, locations)} />
        <LanguageSwitch locale={locale} alternates={fixedAlternates('home')} />
        <HomeHero
          locale={locale}
          tagline={settings.tagline}
          phone={settings.phone}
          slotMinutes={settings.consultation.slotMinutes}
        />

        {treatments.length > 0 ? (
          <Section labelledBy="home-treatments">
            <Container>
              <SectionHeading
                id="home-treatments"
                eyebrow={p.home.treatmentsEyebrow}
                title={p.home.treatmentsTitle}
                lead={p.home.treatmentsLead}
                action={<Link href={paths.treatments(locale)}>{p.home.allTreatments}</Link>}
              />
              <TreatmentGrid locale={locale} treatments={treatments} />
            </Container>
          </Section>
        ) : null}

        <Section labelledBy="home-how" tone="tinted">
          <Container>
            <HowItWorks locale={locale} headingId="home-how" />
          </Container>
        </Section>

        {comparison ? (
          <Section labelledBy="home-compare">
            <Container>
              <CompareTeaser
                locale={locale}
                headingId="home-compare"
                href={paths.comparison(comparison.slug, locale)}
                names={comparison.columns.map((column) => column.name)}
              />
            </Container>
          </Section>
        ) : null}

        <Section labelledBy="home-safety" className={styles.safety}>
          <Container>
            <SafetyNote locale={locale} headingId="home-safety" />
          </Container>
        </Section>

        {posts.length > 0 ? (
          <Section labelledBy="home-articles" tone="tinted">
            <Container>
              <SectionHeading
                id="home-articles"
                eyebrow={p.home.articlesEyebrow}
                title={p.home.articlesTitle}
                action={<Link href={paths.blog(locale)}>{p.home.allArticles}</Link>}
              />
              <ul role="list" className={styles.posts}>
                {posts.map((post) => (
                  <li key={post._id}>
                    <PostCard locale={locale} post={post} headingLevel={3} timeZone={settings.timeZone} />
                  </li>
                ))}
              </ul>
            </Container>
          </Section>
        ) : null}

        <Container className={styles.cta}>
          <ConsultationCta locale={locale} phone={settings.phone} />
        </Container>
      </>
    )
  }

  return { generateMetadata, Page: HomePage }
}

/** The treatments and comparisons indexes, in either language. */
import type { Metadata } from 'next'
import { ConsultationCta } from '@/components/content/consultation-cta'
import { Container } from '@/components/site/container'
import { LanguageSwitch } from '@/components/site/language-switch'
import { PageHeader } from '@/components/site/page-header'
import { Section } from '@/components/site/section'
import { CompareLink } from '@/components/treatment/compare-link'
import { TreatmentGrid } from '@/components/treatment/treatment-grid'
import { getComparisonTables, getSiteSettings, getTreatments } from '@/lib/content'
import { messages } from '@/lib/i18n'
import { fixedAlternates } from '@/lib/seo/alternates'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths, type Locale } from '@/lib/routes'

export function treatmentsIndexRoute(locale: Locale) {
  const p = messages(locale).pages
  const alternates = fixedAlternates('treatments')

  async function generateMetadata(): Promise<Metadata> {
    return pageMetadata({
      title: p.treatments.title,
      description: p.treatments.description,
      path: paths.treatments(locale),
      locale,
      alternates,
    })
  }

  async function TreatmentsPage() {
    const [settings, treatments, comparisons] = await Promise.all([
      getSiteSettings(locale),
      getTreatments(locale),
      getComparisonTables(locale),
    ])
    const comparison = comparisons[0]
    return (
      <>
        <LanguageSwitch locale={locale} alternates={alternates} />
        <PageHeader
          locale={locale}
          title={p.treatments.title}
          breadcrumb={[
            { label: p.home.breadcrumb, href: paths.home(locale) },
            { label: p.treatments.title, href: paths.treatments(locale) },
          ]}
          lead={p.treatments.lead}
        />
        <Section labelledBy="treatments-list" tight>
          <Container>
            <h2 id="treatments-list" className="visually-hidden">
              {p.treatments.listHeading}
            </h2>
            {treatments.length > 0 ? (
              <TreatmentGrid locale={locale} treatments={treatments} />
            ) : (
              <p>{p.treatments.empty(settings.phone.display)}</p>
            )}
            {comparison ? (
              <CompareLink
                href={paths.comparison(comparison.slug, locale)}
                title={comparison.title}
                text={p.treatments.compareText}
              />
            ) : null}
            <ConsultationCta locale={locale} phone={settings.phone} />
          </Container>
        </Section>
      </>
    )
  }

  return { generateMetadata, Page: TreatmentsPage }
}

/** The nav's "Compare" destination: every comparison table, one row each. */
export function compareIndexRoute(locale: Locale) {
  const p = messages(locale).pages
  const alternates = { en: paths.comparisons('en'), es: paths.comparisons('es') }

  async function generateMetadata(): Promise<Metadata> {
    return pageMetadata({
      title: p.compare.title,
      description: p.compare.description,
      path: paths.comparisons(locale),
      locale,
      alternates,
    })
  }

  async function CompareIndexPage() {
    const [tables, settings] = await Promise.all([getComparisonTables(locale), getSiteSettings(locale)])
    return (
      <>
        <LanguageSwitch locale={locale} alternates={alternates} />
        <PageHeader
          locale={locale}
          title={p.compare.title}
          breadcrumb={[
            { label: p.home.breadcrumb, href: paths.home(locale) },
            { label: p.compare.breadcrumb, href: paths.comparisons(locale) },
          ]}
          lead={p.compare.lead}
        />
        <Section labelledBy="comparisons" tight>
          <Container>
            <h2 id="comparisons" className="visually-hidden">
              {p.compare.listHeading}
            </h2>
            {tables.length > 0 ? (
              tables.map((table) => (
                <CompareLink
                  key={table._id}
                  href={paths.comparison(table.slug, locale)}
                  title={table.title}
                  text={table.intro ?? table.caption}
                />
              ))
            ) : (
              <p>{p.compare.empty(settings.phone.display)}</p>
            )}
            <ConsultationCta locale={locale} phone={settings.phone} />
          </Container>
        </Section>
      </>
    )
  }

  return { generateMetadata, Page: CompareIndexPage }
}

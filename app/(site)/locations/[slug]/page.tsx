import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ConsultationCta } from '@/components/content/consultation-cta'
import { SanityImage } from '@/components/content/sanity-image'
import { GettingThere } from '@/components/location/getting-there'
import { VisitCard } from '@/components/location/visit-card'
import { Link } from '@/components/site/link'
import { Container } from '@/components/site/container'
import { PageHeader } from '@/components/site/page-header'
import { JsonLdScript } from '@/components/seo/json-ld'
import { getLocation, getLocations, getSiteSettings } from '@/lib/content'
import { locationClinicJsonLd } from '@/lib/seo/json-ld'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths } from '@/lib/routes'
import styles from './location.module.css'
import { LanguageSwitch } from '@/components/site/language-switch'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  const locations = await getLocations()
  return locations.map((location) => ({ slug: location.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const location = await getLocation((await params).slug)
  if (!location) return {}
  return pageMetadata({
    title: `${location.name} location`,
    description: location.summary,
    path: paths.location(location.slug),
    seo: location.seo,
  })
}

export default async function LocationPage({ params }: Props) {
  const { slug } = await params
  const [location, settings] = await Promise.all([getLocation(slug), getSiteSettings()])
  if (!location) notFound()

  return (
    <article>
      <JsonLdScript data={locationClinicJsonLd(location, settings)} />
      <LanguageSwitch locale="en" />
      <PageHeader
        title={location.name}
        eyebrow="Location"
        lead={location.summary}
        breadcrumb={[
          { label: 'Home', href: paths.home() },
          { label: 'Locations', href: paths.locations() },
          { label: location.name, href: paths.location(location.slug) },
        ]}
        aside={<SanityImage image={location.photo} priority sizes="(min-width: 56rem) 32rem, 100vw" />}
      />

      <Container className={styles.layout}>
        <div className={styles.sidebar}>
          <VisitCard location={location} headingId="visit" />
        </div>

        <div className={styles.content}>
          <GettingThere
            headingId="getting-here"
            directions={location.directions}
            parking={location.parking}
            transit={location.transit}
            stepFreeAccess={location.stepFreeAccess}
          />

          {location.services.length > 0 ? (
            <section aria-labelledby="offered-here">
              <h2 id="offered-here">Treatments at this location</h2>
              <ul className={styles.services}>
                {location.services.map((service) => (
                  <li key={service.slug}>
                    <Link href={paths.treatment(service.slug)}>{service.name}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <ConsultationCta
            phone={settings.phone}
            text="The first step is a free phone call with our care team, whichever location suits you."
          />
        </div>
      </Container>
    </article>
  )
}

import type { Metadata } from 'next'
import { ConsultationCta } from '@/components/content/consultation-cta'
import { LocationGrid } from '@/components/location/location-grid'
import { Container } from '@/components/site/container'
import { PageHeader } from '@/components/site/page-header'
import { Section } from '@/components/site/section'
import { getLocations, getSiteSettings } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths } from '@/lib/routes'
import styles from './locations.module.css'
import { LanguageSwitch } from '@/components/site/language-switch'

const DESCRIPTION = 'Where our treatments take place: addresses, opening hours, parking, transit and step-free access.'

export const metadata: Metadata = pageMetadata({
  title: 'Locations',
  description: DESCRIPTION,
  path: paths.locations(),
})

export default async function LocationsPage() {
  const [settings, locations] = await Promise.all([getSiteSettings(), getLocations()])
  return (
    <>
      <LanguageSwitch locale="en" />
      <PageHeader
        title="Our locations"
        breadcrumb={[
          { label: 'Home', href: paths.home() },
          { label: 'Locations', href: paths.locations() },
        ]}
        lead="Treatment sessions take place at our clinics below. The free consultation is a phone call, wherever you are."
      />
      <Section labelledBy="locations-list" tight>
        <Container>
          <h2 id="locations-list" className="visually-hidden">
            All locations
          </h2>
          {locations.length > 0 ? (
            <LocationGrid locations={locations} />
          ) : (
            <p>Location details are being updated. Please call us on {settings.phone.display} in the meantime.</p>
          )}
          <div className={styles.cta}>
            <ConsultationCta phone={settings.phone} />
          </div>
        </Container>
      </Section>
    </>
  )
}

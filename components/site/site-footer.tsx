import { Link } from '@/components/site/link'
import type { Location, SiteSettings } from '@/lib/content/schemas'
import { paths } from '@/lib/routes'
import { FOOTER_LEGAL_NAV, FOOTER_NAV, PRIMARY_NAV } from './nav-items'
import { openingHoursRows, timeZoneLabel } from './opening-hours'
import styles from './site-footer.module.css'

export type FooterSettings = Pick<
  SiteSettings,
  'clinicName' | 'tagline' | 'phone' | 'email' | 'address' | 'timeZone' | 'openingHours' | 'medicalDisclaimer'
>

export type FooterLocation = Pick<Location, '_id' | 'name' | 'slug' | 'address'>

type SiteFooterProps = {
  settings: FooterSettings
  /** Where treatment happens; without any, the clinic's own address is shown. */
  locations?: readonly FooterLocation[]
  /** Injected by tests; defaults to the current year. */
  year?: number
}

/** Clinic contact details, opening hours, links and the medical disclaimer on every page. */
export function SiteFooter({ settings, locations = [], year = new Date().getFullYear() }: SiteFooterProps) {
  const { clinicName, tagline, phone, email, address } = settings
  const rows = openingHoursRows(settings.openingHours)
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <div className={styles.grid}>
          <section className={styles.brand} aria-labelledby="footer-clinic">
            <h2 id="footer-clinic" className={styles.clinicName}>
              {clinicName}
            </h2>
            <p className={styles.tagline}>{tagline}</p>
            {locations.length > 0 ? (
              <ul role="list" aria-label="Our locations" className={styles.locations}>
                {locations.map((location) => (
                  <li key={location._id}>
                    <Link href={paths.location(location.slug)} className={styles.locationName}>
                      {location.name}
                    </Link>
                    <address className={styles.address}>
                      {location.address.street}
                      <br />
                      {location.address.city}, {location.address.region} {location.address.postalCode}
                    </address>
                  </li>
                ))}
              </ul>
            ) : (
              <address className={styles.address}>
                {address.street}
                <br />
                {address.city}, {address.region} {address.postalCode}
              </address>
            )}
          </section>

          <section aria-labelledby="footer-contact">
            <h2 id="footer-contact" className={styles.heading}>
              Contact
            </h2>
            <ul role="list" className={styles.list}>
              <li>
                <span className={styles.label}>Phone</span>
                <a href={`tel:${phone.e164}`}>{phone.display}</a>
              </li>
              <li>
                <span className={styles.label}>Email</span>
                <a href={`mailto:${email}`}>{email}</a>
              </li>
            </ul>
            <p className={styles.note}>Please don’t email urgent or personal medical details.</p>
          </section>

          <section aria-labelledby="footer-hours">
            <h2 id="footer-hours" className={styles.heading}>
              Phone hours
            </h2>
            <dl className={styles.hours}>
              {rows.map((row) => (
                <div key={row.day} className={styles.hoursRow}>
                  <dt>{row.label}</dt>
                  <dd>{row.ranges.length > 0 ? row.ranges.join(', ') : 'Closed'}</dd>
                </div>
              ))}
            </dl>
            <p className={styles.note}>
              Times shown in {timeZoneLabel(settings.timeZone)}.
              {locations.length > 0 ? ' Each location’s opening hours are on its page.' : null}
            </p>
          </section>

          <nav aria-label="Footer" className={styles.explore}>
            <h2 className={styles.heading}>Explore</h2>
            <ul role="list" className={styles.list}>
              {PRIMARY_NAV.map((item) => (
                <li key={item.href}>
                  <Link href={item.href}>{item.label}</Link>
                </li>
              ))}
              {FOOTER_NAV.map((item) => (
                <li key={item.href}>
                  <Link href={item.href}>{item.label}</Link>
                </li>
              ))}
              <li>
                <Link href={paths.consultation()}>Book a free consultation</Link>
              </li>
              {FOOTER_LEGAL_NAV.map((item) => (
                <li key={item.href}>
                  <Link href={item.href}>{item.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>

        <div className={styles.bottom}>
          <p className={styles.disclaimer}>{settings.medicalDisclaimer}</p>
          <p className={styles.copyright}>
            © {year} {clinicName}. All rights reserved.
          </p>
        </div>
      </div>
    </footer>
  )
}

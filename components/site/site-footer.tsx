import { Link } from '@/components/site/link'
import type { SiteSettings } from '@/lib/content/schemas'
import { paths } from '@/lib/routes'
import { PRIMARY_NAV } from './nav-items'
import { openingHoursRows, timeZoneLabel } from './opening-hours'
import styles from './site-footer.module.css'

export type FooterSettings = Pick<
  SiteSettings,
  'clinicName' | 'tagline' | 'phone' | 'email' | 'address' | 'timeZone' | 'openingHours' | 'medicalDisclaimer'
>

type SiteFooterProps = {
  settings: FooterSettings
  /** Injected by tests; defaults to the current year. */
  year?: number
}

/** Clinic contact details, opening hours, links and the medical disclaimer on every page. */
export function SiteFooter({ settings, year = new Date().getFullYear() }: SiteFooterProps) {
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
            <address className={styles.address}>
              {address.street}
              <br />
              {address.city}, {address.region} {address.postalCode}
            </address>
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
              Opening hours
            </h2>
            <dl className={styles.hours}>
              {rows.map((row) => (
                <div key={row.day} className={styles.hoursRow}>
                  <dt>{row.label}</dt>
                  <dd>{row.ranges.length > 0 ? row.ranges.join(', ') : 'Closed'}</dd>
                </div>
              ))}
            </dl>
            <p className={styles.note}>Times shown in {timeZoneLabel(settings.timeZone)}.</p>
          </section>

          <nav aria-label="Footer" className={styles.explore}>
            <h2 className={styles.heading}>Explore</h2>
            <ul role="list" className={styles.list}>
              {PRIMARY_NAV.map((item) => (
                <li key={item.href}>
                  <Link href={item.href}>{item.label}</Link>
                </li>
              ))}
              <li>
                <Link href={paths.consultation()}>Book a free consultation</Link>
              </li>
              <li>
                <Link href={paths.privacy()}>Privacy</Link>
              </li>
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

import { Link } from '@/components/site/link'
import type { Location, SiteSettings } from '@/lib/content/schemas'
import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, paths, type Locale } from '@/lib/routes'
import { footerLegalNav, footerNav, primaryNav } from './nav-items'
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
  locale?: Locale
  /** Injected by tests; defaults to the current year. */
  year?: number
}

/** Clinic contact details, opening hours, links and the medical disclaimer on every page. */
export function SiteFooter({
  settings,
  locations = [],
  locale = DEFAULT_LOCALE,
  year = new Date().getFullYear(),
}: SiteFooterProps) {
  const { clinicName, tagline, phone, email, address } = settings
  const rows = openingHoursRows(settings.openingHours, locale)
  const t = messages(locale).chrome.footer
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
              <ul role="list" aria-label={t.ourLocations} className={styles.locations}>
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
              {t.contact}
            </h2>
            <ul role="list" className={styles.list}>
              <li>
                <span className={styles.label}>{t.phone}</span>
                <a href={`tel:${phone.e164}`}>{phone.display}</a>
              </li>
              <li>
                <span className={styles.label}>{t.email}</span>
                <a href={`mailto:${email}`}>{email}</a>
              </li>
            </ul>
            <p className={styles.note}>{t.noUrgentEmail}</p>
          </section>

          <section aria-labelledby="footer-hours">
            <h2 id="footer-hours" className={styles.heading}>
              {t.phoneHours}
            </h2>
            <dl className={styles.hours}>
              {rows.map((row) => (
                <div key={row.day} className={styles.hoursRow}>
                  <dt>{row.label}</dt>
                  <dd>{row.ranges.length > 0 ? row.ranges.join(', ') : t.closed}</dd>
                </div>
              ))}
            </dl>
            <p className={styles.note}>
              {t.timesIn(timeZoneLabel(settings.timeZone, new Date(), locale))}
              {locations.length > 0 ? t.locationHoursNote : null}
            </p>
          </section>

          <nav aria-label={messages(locale).chrome.footerNav} className={styles.explore}>
            <h2 className={styles.heading}>{t.explore}</h2>
            <ul role="list" className={styles.list}>
              {primaryNav(locale).map((item) => (
                <li key={item.href}>
                  <Link href={item.href}>{item.label}</Link>
                </li>
              ))}
              {footerNav(locale).map((item) => (
                <li key={item.href}>
                  <Link href={item.href}>{item.label}</Link>
                </li>
              ))}
              <li>
                <Link href={paths.consultation(locale)}>{t.bookConsultation}</Link>
              </li>
              {footerLegalNav(locale).map((item) => (
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
            © {year} {clinicName}. {t.rights}
          </p>
        </div>
      </div>
    </footer>
  )
}

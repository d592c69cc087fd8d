import { openingHoursRows } from '@/components/site/opening-hours'
import type { SiteSettings } from '@/lib/content/schemas'
import { messages, type Locale } from '@/lib/i18n'
import styles from './call-card.module.css'
import { SideCard } from './side-card'

type Props = {
  phone: SiteSettings['phone']
  openingHours: SiteSettings['openingHours']
  timeZoneLabel: string
  locale?: Locale
}

/** The other way in: some people would rather just call. Shown before the form on phones. */
export function CallCard({ phone, openingHours, timeZoneLabel, locale = 'en' }: Props) {
  const t = messages(locale).booking.callCard
  const rows = openingHoursRows(openingHours, locale).filter((row) => row.ranges.length > 0)
  return (
    <SideCard headingId="call-us" title={t.title}>
      <p>{t.body}</p>
      <a href={`tel:${phone.e164}`} className={styles.phone}>
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1Z"
          />
        </svg>
        <span>
          <span className={styles.phoneLead}>{t.call}</span> <span className={styles.nowrap}>{phone.display}</span>
        </span>
      </a>
      {rows.length > 0 ? (
        // Folded by default so, on a phone, the number and the form stay close together.
        <details className={styles.hoursToggle}>
          <summary>{t.hours}</summary>
          <p>{timeZoneLabel}</p>
          <dl className={styles.hours}>
            {rows.map((row) => (
              <div key={row.day} className={styles.hoursRow}>
                <dt>{row.label}</dt>
                <dd>{row.ranges.join(', ')}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </SideCard>
  )
}

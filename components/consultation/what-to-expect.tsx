import { Link } from '@/components/site/link'
import type { BookingShell } from '@/lib/consultations/server/page-data'
import { messages } from '@/lib/i18n'
import { paths, type Locale } from '@/lib/routes'
import { SideCard } from './side-card'
import styles from './what-to-expect.module.css'

type Props = {
  /** The clinics where treatment takes place; the call itself is by phone. */
  locations?: BookingShell['locations']
  locale?: Locale
}

/** Sets expectations plainly: who calls, how long, what it is and is not, and where treatment happens. */
export function WhatToExpect({ locations = [], locale = 'en' }: Props) {
  const t = messages(locale).booking.expect
  return (
    <SideCard headingId="what-to-expect" title={t.title}>
      <ul className={styles.steps}>
        <li>{t.who}</li>
        <li>{t.what}</li>
        <li>{t.free}</li>
        {locations.length > 0 ? (
          <li>
            {t.wherePrefix(locations.length)}
            {locations.map((location, index) => (
              <span key={location.slug}>
                {index > 0 ? (index === locations.length - 1 ? t.and : ', ') : null}
                <Link href={paths.location(location.slug)}>{location.name}</Link>
              </span>
            ))}
            .
          </li>
        ) : null}
      </ul>
    </SideCard>
  )
}

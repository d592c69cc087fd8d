import type { Location } from '@/lib/content/schemas'
import { LocationAddress } from './location-address'
import { LocationHours } from './location-hours'
import styles from './visit-card.module.css'

/** The facts someone checks before leaving home: address, phone and opening hours. */
export function VisitCard({ location, headingId }: { location: Location; headingId: string }) {
  return (
    <section aria-labelledby={headingId} className={styles.card}>
      <h2 id={headingId} className={styles.title}>
        Visit us
      </h2>
      <div>
        <h3 className={styles.label}>Address</h3>
        <LocationAddress address={location.address} className={styles.address} />
      </div>
      <div>
        <h3 className={styles.label}>Phone</h3>
        <a href={`tel:${location.phone.e164}`} className={styles.phone}>
          {location.phone.display}
        </a>
      </div>
      <div>
        <h3 className={styles.label}>Opening hours</h3>
        <LocationHours hours={location.openingHours} timeZone={location.timeZone} />
      </div>
    </section>
  )
}

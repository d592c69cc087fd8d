import { openingHoursRows, timeZoneLabel } from '@/components/site/opening-hours'
import type { OpeningHours } from '@/lib/content/schemas'
import styles from './location-hours.module.css'

type Props = {
  hours: readonly OpeningHours[]
  timeZone: string
}

/** Every weekday with its hours (or "Closed"), and the zone they are in. */
export function LocationHours({ hours, timeZone }: Props) {
  const rows = openingHoursRows(hours)
  return (
    <>
      <dl className={styles.hours}>
        {rows.map((row) => (
          <div key={row.day} className={styles.row}>
            <dt>{row.label}</dt>
            <dd>{row.ranges.length > 0 ? row.ranges.join(', ') : 'Closed'}</dd>
          </div>
        ))}
      </dl>
      <p className={styles.zone}>Times in {timeZoneLabel(timeZone)}.</p>
    </>
  )
}

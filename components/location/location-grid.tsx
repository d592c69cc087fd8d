import type { Location } from '@/lib/content/schemas'
import { LocationCard } from './location-card'
import styles from './location-grid.module.css'

export function LocationGrid({ locations }: { locations: readonly Location[] }) {
  return (
    <ul role="list" className={styles.grid}>
      {locations.map((location) => (
        <li key={location._id}>
          <LocationCard location={location} />
        </li>
      ))}
    </ul>
  )
}

import type { TreatmentSummary } from '@/lib/content/schemas'
import { DEFAULT_LOCALE, type Locale } from '@/lib/routes'
import { TreatmentCard } from './treatment-card'
import styles from './treatment-grid.module.css'

/** Treatments as a responsive card grid (one column on a phone, two from tablet width). */
export function TreatmentGrid({
  treatments,
  headingLevel = 3,
  locale = DEFAULT_LOCALE,
}: {
  treatments: TreatmentSummary[]
  headingLevel?: 2 | 3
  locale?: Locale
}) {
  return (
    <ul role="list" className={styles.grid}>
      {treatments.map((treatment) => (
        <li key={treatment._id}>
          <TreatmentCard treatment={treatment} headingLevel={headingLevel} locale={locale} />
        </li>
      ))}
    </ul>
  )
}

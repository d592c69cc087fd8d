import { Link } from '@/components/site/link'
import { DEFAULT_LOCALE, paths, type Locale } from '@/lib/routes'
import styles from './treatment-links.module.css'

type TreatmentLinksProps = {
  headingId: string
  title: string
  treatments: { name: string; slug: string }[]
  locale?: Locale
}

/** "Read more" links to treatment pages, as large, easy-to-tap rows. */
export function TreatmentLinks({ headingId, title, treatments, locale = DEFAULT_LOCALE }: TreatmentLinksProps) {
  if (treatments.length === 0) return null
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId} className={styles.heading}>
        {title}
      </h2>
      <ul role="list" className={styles.list}>
        {treatments.map((treatment) => (
          <li key={treatment.slug}>
            <Link href={paths.treatment(treatment.slug, locale)} className={styles.link}>
              <span className={styles.name}>{treatment.name}</span>
              <span className={styles.arrow} aria-hidden="true">
                →
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

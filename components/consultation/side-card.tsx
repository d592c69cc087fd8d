import type { ReactNode } from 'react'
import styles from './side-card.module.css'

/** A card beside the booking form (below it on phones), named by its heading. */
export function SideCard({ headingId, title, children }: { headingId: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={headingId} className={styles.card}>
      <h2 id={headingId} className={styles.title}>
        {title}
      </h2>
      {children}
    </section>
  )
}

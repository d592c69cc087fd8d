import type { Location } from '@/lib/content/schemas'
import styles from './getting-there.module.css'

type Props = Pick<Location, 'directions' | 'parking' | 'transit' | 'stepFreeAccess'> & { headingId: string }

/** How to reach the door: directions, parking, transit and step-free access, each under its own heading. */
export function GettingThere({ directions, parking, transit, stepFreeAccess, headingId }: Props) {
  const parts = [
    { id: 'directions', title: 'Finding the entrance', text: directions },
    { id: 'step-free-access', title: 'Step-free access', text: stepFreeAccess },
    { id: 'parking', title: 'Parking', text: parking },
    { id: 'transit', title: 'Public transit', text: transit },
  ]
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId}>Getting here</h2>
      <div className={styles.parts}>
        {parts.map((part) =>
          part.text ? (
            <div key={part.id} className={styles.part}>
              <h3 className={styles.title}>{part.title}</h3>
              <p>{part.text}</p>
            </div>
          ) : null,
        )}
      </div>
    </section>
  )
}

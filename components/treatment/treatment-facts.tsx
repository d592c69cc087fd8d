import type { Treatment } from '@/lib/content/schemas'
import styles from './treatment-facts.module.css'

type TreatmentFactsProps = Pick<Treatment, 'administration' | 'purpose' | 'experience' | 'sessionLength'> & {
  headingId?: string
}

/** The four questions patients ask first, answered as a description list. */
export function TreatmentFacts({
  administration,
  purpose,
  experience,
  sessionLength,
  headingId = 'treatment-facts',
}: TreatmentFactsProps) {
  const facts = [
    { term: 'How it’s given', detail: administration },
    { term: 'What it’s for', detail: purpose },
    { term: 'What it feels like', detail: experience },
    { term: 'Session length', detail: sessionLength },
  ]
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        At a glance
      </h2>
      <dl className={styles.list}>
        {facts.map((fact) => (
          <div key={fact.term} className={styles.item}>
            <dt className={styles.term}>{fact.term}</dt>
            <dd className={styles.detail}>{fact.detail}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

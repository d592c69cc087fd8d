import type { Treatment } from '@/lib/content/schemas'
import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, type Locale } from '@/lib/routes'
import styles from './treatment-facts.module.css'

type TreatmentFactsProps = Pick<Treatment, 'administration' | 'purpose' | 'experience' | 'sessionLength'> & {
  headingId?: string
  locale?: Locale
}

/** The four questions patients ask first, answered as a description list. */
export function TreatmentFacts({
  administration,
  purpose,
  experience,
  sessionLength,
  headingId = 'treatment-facts',
  locale = DEFAULT_LOCALE,
}: TreatmentFactsProps) {
  const t = messages(locale).treatment.facts
  const facts = [
    { term: t.administration, detail: administration },
    { term: t.purpose, detail: purpose },
    { term: t.experience, detail: experience },
    { term: t.sessionLength, detail: sessionLength },
  ]
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t.heading}
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

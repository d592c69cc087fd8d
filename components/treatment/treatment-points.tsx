import styles from './treatment-points.module.css'

type TreatmentPointsProps = {
  title: string
  items: readonly string[]
  /** Benefits get a check mark, limitations a neutral "i": honest, not alarming. */
  tone: 'benefit' | 'limitation'
  headingId: string
}

function Icon({ tone }: { tone: TreatmentPointsProps['tone'] }) {
  return (
    <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false" className={styles.icon}>
      <circle cx="10" cy="10" r="9" />
      {tone === 'benefit' ? (
        <path d="m6 10.2 2.6 2.6L14 7.4" fill="none" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      ) : (
        <path d="M10 9v5M10 6.2v.1" fill="none" strokeWidth="1.8" strokeLinecap="round" />
      )}
    </svg>
  )
}

/** A titled list of benefits or limitations of a treatment. */
export function TreatmentPoints({ title, items, tone, headingId }: TreatmentPointsProps) {
  return (
    <section className={`${styles.card} ${styles[tone]}`} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {title}
      </h2>
      <ul role="list" className={styles.list}>
        {items.map((item) => (
          <li key={item} className={styles.item}>
            <Icon tone={tone} />
            <span>{item}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}

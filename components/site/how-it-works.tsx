import styles from './how-it-works.module.css'

const STEPS = [
  {
    title: 'Free phone consultation',
    text: 'A short call with our care team about what you’re going through. We answer your questions and talk about whether ketamine treatment could be worth exploring.',
  },
  {
    title: 'Medical evaluation',
    text: 'A clinician reviews your history, current medications and overall health to check that treatment would be safe and appropriate for you.',
  },
  {
    title: 'Your treatment plan',
    text: 'If it’s a good fit, we agree a plan together, with regular check-ins. If something else would suit you better, we’ll say so.',
  },
] as const

/** Three steps from first call to treatment, so the path ahead feels known. */
export function HowItWorks({ headingId }: { headingId: string }) {
  return (
    <div className={styles.wrap}>
      <h2 id={headingId} className={styles.heading}>
        How it works
      </h2>
      <ol role="list" className={styles.steps}>
        {STEPS.map((step, position) => (
          <li key={step.title} className={styles.step}>
            <span className={styles.number} aria-hidden="true">
              {position + 1}
            </span>
            <h3 className={styles.title}>
              <span className="visually-hidden">Step {position + 1}: </span>
              {step.title}
            </h3>
            <p className={styles.text}>{step.text}</p>
          </li>
        ))}
      </ol>
    </div>
  )
}

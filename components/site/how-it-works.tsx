import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, type Locale } from '@/lib/routes'
import styles from './how-it-works.module.css'

/** Three steps from first call to treatment, so the path ahead feels known. */
export function HowItWorks({ headingId, locale = DEFAULT_LOCALE }: { headingId: string; locale?: Locale }) {
  const t = messages(locale).home.howItWorks
  return (
    <div className={styles.wrap}>
      <h2 id={headingId} className={styles.heading}>
        {t.heading}
      </h2>
      <ol role="list" className={styles.steps}>
        {t.steps.map((step, position) => (
          <li key={step.title} className={styles.step}>
            <span className={styles.number} aria-hidden="true">
              {position + 1}
            </span>
            <h3 className={styles.title}>
              <span className="visually-hidden">{t.step(position + 1)}</span>
              {step.title}
            </h3>
            <p className={styles.text}>{step.text}</p>
          </li>
        ))}
      </ol>
    </div>
  )
}

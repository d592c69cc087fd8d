import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, type Locale } from '@/lib/routes'
import styles from './safety-note.module.css'

/**
 * The regulatory position in plain words. Deliberately modest: ketamine for depression is
 * off-label; esketamine is the FDA-approved form for treatment-resistant depression.
 */
export function SafetyNote({ headingId, locale = DEFAULT_LOCALE }: { headingId: string; locale?: Locale }) {
  const t = messages(locale).home.safety
  return (
    <div className={styles.note}>
      <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false" className={styles.icon}>
        <path
          d="M12 2.5 4 5.6v5.8c0 4.9 3.4 8.9 8 10.1 4.6-1.2 8-5.2 8-10.1V5.6Z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinejoin="round"
        />
        <path
          d="m8.6 12 2.3 2.3 4.6-4.6"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <div>
        <h2 id={headingId} className={styles.heading}>
          {t.heading}
        </h2>
        <p>{t.regulatory}</p>
        <p>{t.notForEveryone}</p>
      </div>
    </div>
  )
}

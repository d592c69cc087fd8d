import { messages, type Locale } from '@/lib/i18n'
import styles from './booked-call.module.css'

/** The booked time, set apart, and the reference to quote on the phone. */
export function BookedCall({ when, reference, locale = 'en' }: { when: string; reference: string; locale?: Locale }) {
  const t = messages(locale).booking.thanks
  return (
    <>
      <p className={styles.when}>
        <strong>{when}</strong>
      </p>
      <p>
        {t.referenceBefore}
        <strong className={styles.reference}>{reference}</strong>
        {t.referenceAfter}
      </p>
    </>
  )
}

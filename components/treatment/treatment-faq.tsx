import type { Treatment } from '@/lib/content/schemas'
import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, type Locale } from '@/lib/routes'
import styles from './treatment-faq.module.css'

type TreatmentFaqProps = {
  faqs: Treatment['faqs']
  title?: string
  /** Only used for the default title. */
  locale?: Locale
  headingId?: string
}

/** Blank lines in the answer (a plain text field) separate paragraphs. */
export function answerParagraphs(answer: string): string[] {
  return answer
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
}

/**
 * Questions as native disclosures: they open with Enter or Space, need no JavaScript, and a
 * browser's find-in-page still searches the closed answers.
 */
export function TreatmentFaq({ faqs, title, headingId = 'faq', locale = DEFAULT_LOCALE }: TreatmentFaqProps) {
  if (faqs.length === 0) return null
  return (
    <section aria-labelledby={headingId} className={styles.faq}>
      <h2 id={headingId}>{title ?? messages(locale).treatment.faqTitle}</h2>
      <div className={styles.list}>
        {faqs.map((faq) => (
          <details key={faq._key} className={styles.item}>
            <summary className={styles.question}>
              <span>{faq.question}</span>
              <svg
                viewBox="0 0 20 20"
                width="20"
                height="20"
                aria-hidden="true"
                focusable="false"
                className={styles.chevron}
              >
                <path d="m5 7.5 5 5 5-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
              </svg>
            </summary>
            <div className={styles.answer}>
              {answerParagraphs(faq.answer).map((paragraph) => (
                <p key={paragraph}>{paragraph}</p>
              ))}
            </div>
          </details>
        ))}
      </div>
    </section>
  )
}

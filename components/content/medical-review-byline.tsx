import { Link } from '@/components/site/link'
import type { MedicalReview, PersonRef } from '@/lib/content/schemas'
import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, paths, type Locale } from '@/lib/routes'
import { FormattedDate } from './formatted-date'
import styles from './medical-review-byline.module.css'

/** "Jane Doe, MD": how a clinician is named wherever their credentials matter. */
export function personDisplayName(person: Pick<PersonRef, 'name' | 'credentials'>): string {
  return person.credentials ? `${person.name}, ${person.credentials}` : person.name
}

/** Who checked this medical content, and when: a trust signal patients (and reviewers) look for. */
export function MedicalReviewByline({
  review,
  className,
  locale = DEFAULT_LOCALE,
}: {
  review: MedicalReview
  className?: string
  locale?: Locale
}) {
  const t = messages(locale).content
  return (
    <p className={[styles.byline, className].filter(Boolean).join(' ')}>
      <span className={styles.icon} aria-hidden="true">
        ✓
      </span>
      <span>
        {t.reviewedBy}{' '}
        <Link href={paths.person(review.reviewer.slug, locale)}>{personDisplayName(review.reviewer)}</Link>{' '}
        {t.reviewedOn} <FormattedDate date={review.lastReviewed.slice(0, 10)} locale={locale} />
      </span>
    </p>
  )
}

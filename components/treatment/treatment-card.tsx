import { Link } from '@/components/site/link'
import { SanityImage } from '@/components/content/sanity-image'
import type { TreatmentSummary } from '@/lib/content/schemas'
import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, paths, type Locale } from '@/lib/routes'
import styles from './treatment-card.module.css'

type TreatmentCardProps = {
  treatment: TreatmentSummary
  headingLevel?: 2 | 3
  locale?: Locale
}

/**
 * One treatment in a grid. The heading's link is stretched over the whole card so the card is
 * one tap target but only one tab stop and one link name for screen readers.
 */
export function TreatmentCard({ treatment, headingLevel = 3, locale = DEFAULT_LOCALE }: TreatmentCardProps) {
  const t = messages(locale).treatment
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className={styles.card}>
      <div className={styles.media}>
        <SanityImage image={treatment.heroImage} sizes="(min-width: 64rem) 34rem, (min-width: 40rem) 50vw, 100vw" />
      </div>
      <div className={styles.body}>
        <Heading className={styles.title}>
          <Link href={paths.treatment(treatment.slug, locale)} className={styles.link}>
            {treatment.name}
          </Link>
        </Heading>
        <p className={styles.summary}>{treatment.summary}</p>
        <p className={styles.meta}>
          <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
            <circle cx="10" cy="10" r="7.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
            <path d="M10 6v4.2l2.8 1.8" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
          <span>
            <span className="visually-hidden">{t.sessionLength}: </span>
            {treatment.sessionLength}
          </span>
        </p>
        <span className={styles.more} aria-hidden="true">
          {t.learnMore} <span className={styles.arrow}>→</span>
        </span>
      </div>
    </article>
  )
}

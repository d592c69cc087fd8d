import { Link } from '@/components/site/link'
import { useId } from 'react'
import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, paths, type Locale } from '@/lib/routes'
import styles from './consultation-cta.module.css'

export type ClinicPhone = { e164: string; display: string }

/** English wording when the CMS leaves a field empty; per language it is `messages(locale).content.cta`. */
export const CTA_DEFAULTS = messages(DEFAULT_LOCALE).content.cta

type ConsultationCtaProps = {
  // CMS fields arrive as null when an editor leaves them empty; the defaults fill in.
  heading?: string | null
  text?: string | null
  buttonLabel?: string | null
  /** Without it the panel offers the booking link only. */
  phone?: ClinicPhone | null
  headingLevel?: 2 | 3
  locale?: Locale
}

/** A calm invitation to talk, never a hard sell: one booking link and the phone number. */
export function ConsultationCta({
  heading,
  text,
  buttonLabel,
  phone,
  headingLevel = 2,
  locale = DEFAULT_LOCALE,
}: ConsultationCtaProps) {
  const defaults = messages(locale).content.cta
  const Heading = headingLevel === 3 ? 'h3' : 'h2'
  const headingId = useId()
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <Heading id={headingId} className={styles.heading}>
        {heading || defaults.heading}
      </Heading>
      <p className={styles.text}>{text || defaults.text}</p>
      <div className={styles.actions}>
        <Link href={paths.consultation(locale)} className={styles.button}>
          {buttonLabel || defaults.buttonLabel}
        </Link>
        {phone ? (
          <a href={`tel:${phone.e164}`} className={styles.phone}>
            <span className={styles.phoneLabel}>{defaults.orCall}</span>{' '}
            <span className={styles.phoneNumber}>{phone.display}</span>
          </a>
        ) : null}
      </div>
    </section>
  )
}

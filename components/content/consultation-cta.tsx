import { Link } from '@/components/site/link'
import { useId } from 'react'
import { paths } from '@/lib/routes'
import styles from './consultation-cta.module.css'

export type ClinicPhone = { e164: string; display: string }

export const CTA_DEFAULTS = {
  heading: 'Get your free 15-minute phone consultation',
  text: 'A no-pressure call with our care team. Pick a time that suits you, or call us.',
  buttonLabel: 'Pick a time',
} as const

type ConsultationCtaProps = {
  // CMS fields arrive as null when an editor leaves them empty; the defaults fill in.
  heading?: string | null
  text?: string | null
  buttonLabel?: string | null
  /** Without it the panel offers the booking link only. */
  phone?: ClinicPhone | null
  headingLevel?: 2 | 3
}

/** A calm invitation to talk, never a hard sell: one booking link and the phone number. */
export function ConsultationCta({ heading, text, buttonLabel, phone, headingLevel = 2 }: ConsultationCtaProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2'
  const headingId = useId()
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <Heading id={headingId} className={styles.heading}>
        {heading || CTA_DEFAULTS.heading}
      </Heading>
      <p className={styles.text}>{text || CTA_DEFAULTS.text}</p>
      <div className={styles.actions}>
        <Link href={paths.consultation()} className={styles.button}>
          {buttonLabel || CTA_DEFAULTS.buttonLabel}
        </Link>
        {phone ? (
          <a href={`tel:${phone.e164}`} className={styles.phone}>
            <span className={styles.phoneLabel}>or call</span>{' '}
            <span className={styles.phoneNumber}>{phone.display}</span>
          </a>
        ) : null}
      </div>
    </section>
  )
}

import type { Ref } from 'react'
import type { FieldErrors } from '@/lib/consultations/shared/form-fields'
import { messages, type Locale } from '@/lib/i18n'
import styles from './error-summary.module.css'

/** The field names the summary puts before each message, in the page's language. */
export const fieldLabels = (locale: Locale): Record<keyof FieldErrors, string> =>
  messages(locale).booking.summary.labels
export const FIELD_LABELS = fieldLabels('en')

/** Where each field's error link should take the patient. */
export const FIELD_TARGETS: Record<keyof FieldErrors, string> = {
  slotStart: 'times',
  name: 'field-name',
  phone: 'field-phone',
  email: 'field-email',
  treatment: 'field-treatment',
  consent: 'field-consent',
  timeZone: 'tz-select',
  idempotencyKey: 'booking-form',
  language: 'booking-form',
  _form: 'booking-form',
}

const ORDER: (keyof FieldErrors)[] = [
  '_form',
  'slotStart',
  'name',
  'phone',
  'email',
  'treatment',
  'consent',
  'timeZone',
  'idempotencyKey',
  'language',
]

/**
 * The list of problems at the top of the form. role="alert" makes screen readers read it as
 * it appears; the form also moves focus here after a failed submit.
 */
export function ErrorSummary({
  errors,
  locale = 'en',
  ref,
}: {
  errors: FieldErrors
  locale?: Locale
  ref?: Ref<HTMLDivElement>
}) {
  const t = messages(locale).booking.summary
  const items = ORDER.flatMap((field) => (errors[field] ?? []).map((message) => ({ field, message })))
  if (items.length === 0) return null
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className={styles.summary}>
      <h2 id="error-summary-title" className={styles.title}>
        {items.length === 1 ? t.one : t.many(items.length)}
      </h2>
      <ul className={styles.list}>
        {items.map(({ field, message }) => (
          <li key={`${field}:${message}`}>
            <a href={`#${FIELD_TARGETS[field]}`}>{field === '_form' ? message : `${t.labels[field]}: ${message}`}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}

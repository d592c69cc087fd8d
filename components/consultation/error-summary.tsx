import type { Ref } from 'react'
import type { FieldErrors } from '@/lib/consultations/shared/form-fields'
import styles from './error-summary.module.css'

export const FIELD_LABELS: Record<keyof FieldErrors, string> = {
  slotStart: 'Time',
  name: 'Name',
  phone: 'Phone',
  email: 'E-mail',
  treatment: 'Treatment',
  consent: 'Agreement',
  timeZone: 'Time zone',
  idempotencyKey: 'Form',
  _form: 'Form',
}

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
]

/**
 * The list of problems at the top of the form. role="alert" makes screen readers read it as
 * it appears; the form also moves focus here after a failed submit.
 */
export function ErrorSummary({ errors, ref }: { errors: FieldErrors; ref?: Ref<HTMLDivElement> }) {
  const items = ORDER.flatMap((field) => (errors[field] ?? []).map((message) => ({ field, message })))
  if (items.length === 0) return null
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className={styles.summary}>
      <h2 id="error-summary-title" className={styles.title}>
        {items.length === 1 ? 'Please check one thing' : `Please check ${items.length} things`}
      </h2>
      <ul className={styles.list}>
        {items.map(({ field, message }) => (
          <li key={`${field}:${message}`}>
            <a href={`#${FIELD_TARGETS[field]}`}>
              {field === '_form' ? message : `${FIELD_LABELS[field]}: ${message}`}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

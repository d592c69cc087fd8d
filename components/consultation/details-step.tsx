import type { FormValues } from '@/lib/consultations/shared/form-state'
import { HONEYPOT_FIELD, LIMITS, type FieldErrors } from '@/lib/consultations/shared/form-fields'
import { messages, type Locale } from '@/lib/i18n'
import styles from './details-step.module.css'
import { Field } from './field'
import { Step } from './step'

type Props = {
  /** What the patient sent last time (kept after an error), else empty. */
  values: FormValues
  errors: FieldErrors
  treatments: { slug: string; name: string }[]
  locale?: Locale
}

/** Step 2: who to call and on which number; the minimum the care team needs. */
export function DetailsStep({ values, errors, treatments, locale = 'en' }: Props) {
  const t = messages(locale).booking.details
  return (
    <Step id="your-details" number={2} title={messages(locale).booking.steps.details}>
      <p className={styles.intro} id="form-note">
        {t.intro}
      </p>

      <Field id="field-name" label={t.name} error={errors.name?.[0]}>
        {(control) => (
          <input
            {...control}
            name="name"
            type="text"
            autoComplete="name"
            maxLength={LIMITS.name}
            defaultValue={values.name}
          />
        )}
      </Field>

      <Field id="field-phone" label={t.phone} hint={t.phoneHint} error={errors.phone?.[0]}>
        {(control) => (
          <input
            {...control}
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            maxLength={LIMITS.phone}
            defaultValue={values.phone}
          />
        )}
      </Field>

      <Field id="field-email" label={t.email} optional={t.optional} hint={t.emailHint} error={errors.email?.[0]}>
        {(control) => (
          <input
            {...control}
            name="email"
            type="email"
            autoComplete="email"
            maxLength={LIMITS.email}
            defaultValue={values.email}
          />
        )}
      </Field>

      <Field id="field-treatment" label={t.treatment} optional={t.optional} error={errors.treatment?.[0]}>
        {(control) => (
          <select {...control} name="treatment" defaultValue={values.treatment}>
            <option value="">{t.notSure}</option>
            {treatments.map((treatment) => (
              <option key={treatment.slug} value={treatment.slug}>
                {treatment.name}
              </option>
            ))}
          </select>
        )}
      </Field>

      {/* For bots only: people never see or reach it, so any value in it means spam. */}
      <div className={styles.honeypot} aria-hidden="true">
        <label htmlFor={`field-${HONEYPOT_FIELD}`}>{t.honeypot}</label>
        <input
          id={`field-${HONEYPOT_FIELD}`}
          name={HONEYPOT_FIELD}
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
    </Step>
  )
}

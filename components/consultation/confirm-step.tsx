import { CrisisNotice } from '@/components/site/crisis-notice'
import { messages, type Locale } from '@/lib/i18n'
import styles from './confirm-step.module.css'
import { CheckboxField } from './field'
import { FormButton } from './form-button'
import { Step } from './step'

type Props = {
  consented: boolean
  error: string | undefined
  retentionDays: number
  privacyHref: string
  /** `siteSettings.crisisNotice` (null: the built-in wording). */
  crisisNotice: string | null
  pending: boolean
  locale?: Locale
}

/** Step 3: consent in plain words, the crisis lines (this form is not for emergencies), send. */
export function ConfirmStep({
  consented,
  error,
  retentionDays,
  privacyHref,
  crisisNotice,
  pending,
  locale = 'en',
}: Props) {
  const t = messages(locale).booking.confirm
  return (
    <Step id="confirm" number={3} title={messages(locale).booking.steps.confirm}>
      <CheckboxField
        id="field-consent"
        label={t.consent}
        hint={
          <>
            {t.hintBefore(retentionDays)}
            <a href={privacyHref}>{t.privacy}</a>.
          </>
        }
        error={error}
      >
        {(control) => <input {...control} name="consent" type="checkbox" value="yes" defaultChecked={consented} />}
      </CheckboxField>

      <CrisisNotice notice={crisisNotice} lead={t.notMonitored} />

      <FormButton type="submit" variant="primary" className={styles.submit} aria-disabled={pending ? true : undefined}>
        {pending ? t.sending : t.submit}
      </FormButton>
    </Step>
  )
}

import { CrisisNotice } from '@/components/site/crisis-notice'
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
}

/** Step 3: consent in plain words, the crisis lines (this form is not for emergencies), send. */
export function ConfirmStep({ consented, error, retentionDays, privacyHref, crisisNotice, pending }: Props) {
  return (
    <Step id="confirm" number={3} title="Confirm">
      <CheckboxField
        id="field-consent"
        label="I agree that the clinic may keep these details and call me about my consultation."
        hint={
          <>
            We use them only to arrange and make this call, and delete them {retentionDays} days after it. Read our{' '}
            <a href={privacyHref}>privacy notice</a>.
          </>
        }
        error={error}
      >
        {(control) => <input {...control} name="consent" type="checkbox" value="yes" defaultChecked={consented} />}
      </CheckboxField>

      <CrisisNotice notice={crisisNotice} lead="This form is not monitored for emergencies." />

      <FormButton type="submit" variant="primary" className={styles.submit} aria-disabled={pending ? true : undefined}>
        {pending ? 'Sending your request…' : 'Request my call'}
      </FormButton>
    </Step>
  )
}

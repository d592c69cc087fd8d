'use client'

import { useMemo } from 'react'
import { timeZoneLabel } from '@/lib/consultations/shared/format'
import { withZones, type TimeZoneOption } from '@/lib/consultations/shared/time-zone-options'
import { FormButton } from './form-button'
import styles from './time-zone-picker.module.css'
import { messages, type Locale } from '@/lib/i18n'
import { paths } from '@/lib/routes'

type Props = {
  zone: string
  /** The common zones; the one shown is added when it is not among them. */
  options: readonly TimeZoneOption[]
  /** Before hydration the picker is a plain GET form (?tz=); after, it updates in place. */
  hydrated: boolean
  onChange: (zone: string) => void
  locale?: Locale
}

/**
 * "Times shown in ..." with a way to change it. Its own small form, outside the booking form,
 * so choosing a zone without JavaScript opens the server-rendered times with ?tz= (a zone is not
 * patient data).
 */
export function TimeZonePicker({ zone, options, hydrated, onChange, locale = 'en' }: Props) {
  const t = messages(locale).booking.zone
  const label = useMemo(() => timeZoneLabel(zone, new Date(), locale), [zone, locale])
  const choices = useMemo(() => withZones(options, [{ value: zone, label }]), [options, zone, label])
  return (
    <form
      method="get"
      action={`${paths.consultationTimes(locale)}#choose-time`}
      className={styles.zone}
      onSubmit={(event) => {
        if (hydrated) event.preventDefault()
      }}
    >
      <p className={styles.current} id="tz-current">
        {t.shownIn} <strong>{label}</strong>
      </p>
      <div className={styles.row}>
        <label htmlFor="tz-select" className={styles.selectLabel}>
          {t.change}
        </label>
        <select
          id="tz-select"
          name="tz"
          className={styles.select}
          value={zone}
          onChange={(event) => onChange(event.target.value)}
        >
          {choices.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {hydrated ? null : (
          <FormButton type="submit" variant="secondary">
            {t.show}
          </FormButton>
        )}
      </div>
    </form>
  )
}

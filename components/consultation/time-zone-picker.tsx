'use client'

import type { TimeZoneOption } from '@/lib/consultations/shared/time-zone-options'
import styles from './booking-form.module.css'
import { TIMES_PAGE } from './times-page'

type Props = {
  zone: string
  label: string
  options: readonly TimeZoneOption[]
  /** Before hydration the picker is a plain GET form (?tz=); after, it updates in place. */
  hydrated: boolean
  onChange: (zone: string) => void
}

/**
 * "Times shown in ..." with a way to change it. Its own small form, outside the booking form,
 * so choosing a zone without JavaScript opens the server-rendered times with ?tz= (a zone is not
 * patient data).
 */
export function TimeZonePicker({ zone, label, options, hydrated, onChange }: Props) {
  return (
    <form
      method="get"
      action={`${TIMES_PAGE}#choose-time`}
      className={styles.zone}
      onSubmit={(event) => {
        if (hydrated) event.preventDefault()
      }}
    >
      <p className={styles.zoneLabel} id="tz-current">
        Times shown in <strong>{label}</strong>
      </p>
      <div className={styles.zoneControl}>
        <label htmlFor="tz-select" className={styles.zoneSelectLabel}>
          Change time zone
        </label>
        <select
          id="tz-select"
          name="tz"
          className={styles.select}
          value={zone}
          onChange={(event) => onChange(event.target.value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {hydrated ? null : (
          <button type="submit" className={styles.secondaryButton}>
            Show times
          </button>
        )}
      </div>
    </form>
  )
}

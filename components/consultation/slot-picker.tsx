'use client'

import type { SiteSettings } from '@/lib/content/schemas'
import type { DayView } from '@/lib/consultations/shared/format'
import { FieldError } from './field'
import { FormButton } from './form-button'
import styles from './slot-picker.module.css'
import { timesPageHref } from './times-page'
import { messages, type Locale } from '@/lib/i18n'

type Props = {
  /** Null until the browser has loaded them (prerendered page). */
  days: readonly DayView[] | null
  selectedDay: string | undefined
  selectedSlot: string
  zone: string
  hydrated: boolean
  loading: boolean
  loadFailed: boolean
  onRetry: () => void
  /** Offered whenever no time can be picked here. */
  clinicPhone: SiteSettings['phone']
  error: string | undefined
  onDayChange: (date: string) => void
  onSlotChange: (start: string) => void
  locale?: Locale
}

/**
 * Days, then times, as native radio groups: Tab reaches each group once, arrow keys move
 * within it. Before hydration (or without JavaScript) the days are links to the server-rendered
 * times for that day; the times are radios either way, so a plain form post carries the slot.
 */
export function SlotPicker(props: Props) {
  const { days, selectedDay, selectedSlot, zone, hydrated, loading, error, onDayChange, onSlotChange, clinicPhone } =
    props
  const locale = props.locale ?? 'en'
  const t = messages(locale).booking.slots
  if (days === null) return <PendingTimes {...props} />
  const day = days.find((candidate) => candidate.date === selectedDay) ?? days[0]
  const slotShown = day?.slots.some((slot) => slot.start === selectedSlot) ?? false

  if (days.length === 0) {
    return (
      <p className={styles.empty} id="times" tabIndex={-1}>
        {loading ? (
          t.loading
        ) : (
          <>
            {t.noneFreeBefore}
            <a href={`tel:${clinicPhone.e164}`}>{clinicPhone.display}</a>
            {t.noneFreeAfter}
          </>
        )}
      </p>
    )
  }

  return (
    <div className={styles.picker} aria-busy={loading}>
      {hydrated ? (
        <fieldset className={styles.group}>
          <legend className={styles.legend}>{t.day}</legend>
          <div className={styles.days}>
            {days.map((option) => (
              <label key={option.date} className={styles.chip}>
                <input
                  type="radio"
                  name="day-choice"
                  value={option.date}
                  checked={option.date === day?.date}
                  onChange={() => onDayChange(option.date)}
                  className={styles.chipInput}
                  aria-label={option.label}
                />
                <span className={styles.chipFace} aria-hidden="true">
                  <span className={styles.chipWeekday}>{option.weekday}</span>
                  <span>{option.short}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <nav aria-label={t.day} className={styles.group}>
          <p className={styles.legend}>{t.day}</p>
          <ul role="list" className={styles.days}>
            {days.map((option) => (
              <li key={option.date}>
                <a
                  href={timesPageHref(zone, option.date, locale)}
                  className={styles.chipLink}
                  aria-current={option.date === day?.date ? 'true' : undefined}
                  aria-label={option.label}
                >
                  <span className={styles.chipWeekday}>{option.weekday}</span>
                  <span>{option.short}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <fieldset className={styles.group} id="times" tabIndex={-1} aria-describedby={error ? 'times-error' : undefined}>
        <legend className={styles.legend}>{t.timeOn(day?.label ?? '')}</legend>
        {loading ? <p className={styles.loading}>{t.updating}</p> : null}
        {error ? <FieldError id="times-error">{error}</FieldError> : null}
        <div className={styles.times}>
          {day?.slots.map((slot) => (
            <label key={slot.start} className={styles.chip}>
              <input
                type="radio"
                name="slotStart"
                value={slot.start}
                checked={slot.start === selectedSlot}
                onChange={() => onSlotChange(slot.start)}
                className={styles.chipInput}
              />
              <span className={styles.chipFace}>{slot.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {/* A time picked on another day stays chosen while the patient looks around. */}
      {selectedSlot && !slotShown ? <input type="hidden" name="slotStart" value={selectedSlot} /> : null}
    </div>
  )
}

/**
 * Before the times arrive. The prerendered HTML holds only a link for browsers without
 * JavaScript; once React runs, a loading note (or a retry after a failure). The box keeps
 * roughly the height of the calendar so the fields below do not jump when it fills in.
 */
function PendingTimes({ zone, hydrated, loading, loadFailed, onRetry, clinicPhone, locale = 'en' }: Props) {
  const t = messages(locale).booking.slots
  return (
    <div className={loadFailed ? undefined : styles.pending} id="times" tabIndex={-1} aria-busy={loading}>
      <noscript>
        <p className={styles.empty}>
          <a href={timesPageHref(zone, undefined, locale)}>{t.showFree}</a>
          {t.needsJs}
        </p>
      </noscript>
      {hydrated && loading ? <p className={styles.loading}>{t.loadingFree}</p> : null}
      {hydrated && loadFailed ? (
        <div role="alert" className={`${styles.empty} ${styles.failed}`}>
          <p>{t.loadFailed}</p>
          <p className={styles.failedActions}>
            <FormButton variant="secondary" onClick={onRetry}>
              {t.retry}
            </FormButton>
            <span>
              {t.orCall}
              <a href={`tel:${clinicPhone.e164}`}>{clinicPhone.display}</a>
            </span>
          </p>
        </div>
      ) : null}
    </div>
  )
}

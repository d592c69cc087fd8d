'use client'

import {
  startTransition,
  useActionState,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type FormEvent,
} from 'react'
import type { CountryCode } from 'libphonenumber-js/min'
import type { SiteSettings } from '@/lib/content/schemas'
import { groupSlotsByDay, timeZoneLabel, type DayView } from '@/lib/consultations/shared/format'
import { emptyValues, initialFormState, type BookingFormState } from '@/lib/consultations/shared/form-state'
import { dateIn, formatIsoDate, isValidTimeZone } from '@/lib/consultations/shared/time-zone'
import { withZones, type TimeZoneOption } from '@/lib/consultations/shared/time-zone-options'
import {
  HONEYPOT_FIELD,
  LIMITS,
  MESSAGES,
  formDataToInput,
  type FieldErrors,
} from '@/lib/consultations/shared/form-fields'
import { apiPaths } from '@/lib/routes'
import { ErrorSummary } from './error-summary'
import { SlotPicker } from './slot-picker'
import { TimeZonePicker } from './time-zone-picker'
import styles from './booking-form.module.css'

/**
 * The shared zod schema (with the phone-number metadata) is the heaviest script on the page;
 * it loads when the patient starts filling in the form, not before the page can be used.
 */
const loadValidation = () => import('@/lib/consultations/shared/validation')

export type BookingFormProps = {
  action: (state: BookingFormState, form: FormData) => Promise<BookingFormState>
  /** Free times rendered by the server, or null: the browser loads them for the patient's zone. */
  days: DayView[] | null
  initialDay: string | undefined
  /** The zone `days` are shown in (the clinic's when the browser loads them). */
  timeZone: string
  timeZoneOptions: TimeZoneOption[]
  horizonDays: number
  treatments: { slug: string; name: string }[]
  /** From the server for its form; a prerendered form makes its own in the browser. */
  idempotencyKey: string | undefined
  defaultCountry: string
  privacyHref: string
  clinicPhone: SiteSettings['phone']
  /** How long after the call the request is deleted (BOOKINGS_RETENTION_DAYS). */
  retentionDays: number
}

/** 128 random bits; getRandomValues works on plain http too, where randomUUID is missing. */
function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

const subscribeNothing = () => () => undefined

/** False during the server render and hydration, true once React runs in the browser. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  )
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ')
  return list === '' ? undefined : list
}

export function BookingForm(props: BookingFormProps) {
  const [state, formAction, pending] = useActionState(props.action, initialFormState)
  const hydrated = useHydrated()
  const values = state.status === 'error' ? state.values : emptyValues

  const [zone, setZone] = useState(props.timeZone)
  const [days, setDays] = useState(props.days)
  const [loading, setLoading] = useState(props.days === null)
  const [loadFailed, setLoadFailed] = useState(false)
  const [selectedSlot, setSelectedSlot] = useState(values.slotStart)
  const [selectedDay, setSelectedDay] = useState(
    () =>
      props.days?.find((day) => day.slots.some((slot) => slot.start === values.slotStart))?.date ?? props.initialDay,
  )
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const [focusRequest, setFocusRequest] = useState(0)
  const summaryRef = useRef<HTMLDivElement>(null)
  const requestId = useRef(0)
  const idempotencyKey = useRef(props.idempotencyKey)

  const errors: FieldErrors = clientErrors ?? (state.status === 'error' ? state.errors : {})
  const zoneLabel = useMemo(() => timeZoneLabel(zone), [zone])
  const options = useMemo(
    () => withZones(props.timeZoneOptions, [{ value: zone, label: zoneLabel }]),
    [props.timeZoneOptions, zone, zoneLabel],
  )

  async function loadSlots(nextZone: string, announce: boolean) {
    const id = (requestId.current += 1)
    setLoading(true)
    setLoadFailed(false)
    try {
      const from = formatIsoDate(dateIn(new Date(), nextZone))
      const query = new URLSearchParams({ from, days: String(props.horizonDays), tz: nextZone })
      const response = await fetch(`${apiPaths.consultationSlots()}?${query.toString()}`, { cache: 'no-store' })
      if (!response.ok) throw new Error(`slots request failed: ${response.status}`)
      const body = (await response.json()) as { slots: { start: string; end: string }[] }
      if (id !== requestId.current) return // a newer request (another zone) won
      const next = groupSlotsByDay(body.slots, nextZone)
      // A transition lets React render the calendar in small slices, so a phone stays responsive.
      startTransition(() => {
        setDays(next)
        setSelectedDay((current) => (next.some((day) => day.date === current) ? current : next[0]?.date))
        setSelectedSlot((current) =>
          next.some((day) => day.slots.some((slot) => slot.start === current)) ? current : '',
        )
      })
      if (announce) setAnnouncement(`Times now shown in ${timeZoneLabel(nextZone)}.`)
    } catch {
      // The picker shows the failure in an alert (read out), with a retry and the phone number.
      if (id === requestId.current) setLoadFailed(true)
    } finally {
      if (id === requestId.current) setLoading(false)
    }
  }

  function changeZone(nextZone: string, announce = true) {
    if (!isValidTimeZone(nextZone)) return
    setZone(nextZone)
    void loadSlots(nextZone, announce)
  }

  // Show times in the zone named by ?tz=, else in the browser's own; load them if the server
  // did not render them for that zone.
  useEffect(() => {
    const wanted =
      [new URLSearchParams(window.location.search).get('tz'), Intl.DateTimeFormat().resolvedOptions().timeZone].find(
        (candidate) => candidate && isValidTimeZone(candidate),
      ) ?? props.timeZone
    if (props.days === null || wanted !== props.timeZone) changeZone(wanted, false)
    // Runs once on mount: later zone changes come from the picker.
  }, [])

  // After the server answered with errors: move focus to the summary, refresh a taken slot.
  useEffect(() => {
    if (state.status !== 'error') return
    setClientErrors(null)
    setFocusRequest((n) => n + 1)
    if (state.errors.slotStart?.includes(MESSAGES.slotTaken)) {
      setSelectedSlot('')
      void loadSlots(zone, false)
    }
    // Keyed on the answer itself; zone is read at that moment on purpose.
  }, [state])

  useEffect(() => {
    if (focusRequest > 0) summaryRef.current?.focus()
  }, [focusRequest])

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    // With JavaScript the form never posts natively: check here first, then call the action.
    event.preventDefault()
    if (pending) return
    const form = new FormData(event.currentTarget)
    idempotencyKey.current ??= newIdempotencyKey()
    form.set('idempotencyKey', idempotencyKey.current)
    const { validateConsultation } = await loadValidation()
    const offered = new Set((days ?? []).flatMap((day) => day.slots.map((slot) => new Date(slot.start).getTime())))
    const result = validateConsultation(formDataToInput(form), {
      treatmentSlugs: props.treatments.map((treatment) => treatment.slug),
      checkSlot: (start) => (offered.has(start.getTime()) ? 'ok' : 'not-offered'),
      defaultCountry: props.defaultCountry as CountryCode,
    })
    if (!result.ok) {
      setClientErrors(result.errors)
      setFocusRequest((n) => n + 1)
      return
    }
    setClientErrors(null)
    startTransition(() => formAction(form))
  }

  const error = (field: keyof FieldErrors) => errors[field]?.[0]
  const errorId = (field: string) => (error(field as keyof FieldErrors) ? `field-${field}-error` : undefined)

  return (
    <div className={styles.booking}>
      <ErrorSummary errors={errors} ref={summaryRef} />

      <section aria-labelledby="choose-time" className={styles.step}>
        <h2 id="choose-time" className={styles.stepTitle}>
          <span className={styles.stepNumber} aria-hidden="true">
            1
          </span>{' '}
          Choose a time
        </h2>
        <TimeZonePicker zone={zone} label={zoneLabel} options={options} hydrated={hydrated} onChange={changeZone} />
      </section>

      <form
        id="booking-form"
        action={formAction}
        onSubmit={(event) => void onSubmit(event)}
        onFocus={() => void loadValidation()}
        noValidate
        className={styles.form}
      >
        <div className={styles.stepBody}>
          <SlotPicker
            days={days}
            selectedDay={selectedDay}
            selectedSlot={selectedSlot}
            zone={zone}
            hydrated={hydrated}
            loading={loading}
            loadFailed={loadFailed}
            onRetry={() => void loadSlots(zone, true)}
            clinicPhone={props.clinicPhone}
            error={error('slotStart')}
            onDayChange={(date) => {
              setSelectedDay(date)
              const day = days?.find((candidate) => candidate.date === date)
              if (day) setAnnouncement(`${day.slots.length} times free on ${day.label}.`)
            }}
            onSlotChange={setSelectedSlot}
          />
        </div>
        <input type="hidden" name="timeZone" value={zone} />
        {/* Without JavaScript the server's key posts with the form; with it, onSubmit sets one. */}
        {props.idempotencyKey ? <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} /> : null}

        <section aria-labelledby="your-details" className={styles.step}>
          <h2 id="your-details" className={styles.stepTitle}>
            <span className={styles.stepNumber} aria-hidden="true">
              2
            </span>{' '}
            Your details
          </h2>
          <p className={styles.stepIntro} id="form-note">
            We only ask for what we need to call you. Fields are required unless marked optional.
          </p>

          <div className={styles.field}>
            <label htmlFor="field-name" className={styles.label}>
              Your name
            </label>
            {error('name') ? (
              <p className={styles.fieldError} id="field-name-error">
                {error('name')}
              </p>
            ) : null}
            <input
              id="field-name"
              name="name"
              type="text"
              autoComplete="name"
              maxLength={LIMITS.name}
              defaultValue={values.name}
              aria-invalid={error('name') ? true : undefined}
              aria-describedby={errorId('name')}
              className={styles.input}
            />
          </div>

          <div className={styles.field}>
            <label htmlFor="field-phone" className={styles.label}>
              Phone number
            </label>
            <p className={styles.hint} id="field-phone-hint">
              The number we should call, with area code.
            </p>
            {error('phone') ? (
              <p className={styles.fieldError} id="field-phone-error">
                {error('phone')}
              </p>
            ) : null}
            <input
              id="field-phone"
              name="phone"
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              maxLength={LIMITS.phone}
              defaultValue={values.phone}
              aria-invalid={error('phone') ? true : undefined}
              aria-describedby={describedBy('field-phone-hint', errorId('phone'))}
              className={styles.input}
            />
          </div>

          <div className={styles.field}>
            <label htmlFor="field-email" className={styles.label}>
              E-mail <span className={styles.optional}>(optional)</span>
            </label>
            <p className={styles.hint} id="field-email-hint">
              Used only for this booking.
            </p>
            {error('email') ? (
              <p className={styles.fieldError} id="field-email-error">
                {error('email')}
              </p>
            ) : null}
            <input
              id="field-email"
              name="email"
              type="email"
              autoComplete="email"
              maxLength={LIMITS.email}
              defaultValue={values.email}
              aria-invalid={error('email') ? true : undefined}
              aria-describedby={describedBy('field-email-hint', errorId('email'))}
              className={styles.input}
            />
          </div>

          <div className={styles.field}>
            <label htmlFor="field-treatment" className={styles.label}>
              Treatment you are interested in <span className={styles.optional}>(optional)</span>
            </label>
            {error('treatment') ? (
              <p className={styles.fieldError} id="field-treatment-error">
                {error('treatment')}
              </p>
            ) : null}
            <select
              id="field-treatment"
              name="treatment"
              defaultValue={values.treatment}
              aria-invalid={error('treatment') ? true : undefined}
              aria-describedby={errorId('treatment')}
              className={styles.select}
            >
              <option value="">Not sure yet</option>
              {props.treatments.map((treatment) => (
                <option key={treatment.slug} value={treatment.slug}>
                  {treatment.name}
                </option>
              ))}
            </select>
          </div>

          {/* For bots only: people never see or reach it, so any value in it means spam. */}
          <div className={styles.honeypot} aria-hidden="true">
            <label htmlFor={`field-${HONEYPOT_FIELD}`}>Leave this field empty</label>
            <input
              id={`field-${HONEYPOT_FIELD}`}
              name={HONEYPOT_FIELD}
              type="text"
              tabIndex={-1}
              autoComplete="off"
              defaultValue=""
            />
          </div>
        </section>

        <section aria-labelledby="confirm" className={styles.step}>
          <h2 id="confirm" className={styles.stepTitle}>
            <span className={styles.stepNumber} aria-hidden="true">
              3
            </span>{' '}
            Confirm
          </h2>
          <div className={styles.field}>
            {error('consent') ? (
              <p className={styles.fieldError} id="field-consent-error">
                {error('consent')}
              </p>
            ) : null}
            <div className={styles.checkboxRow}>
              <input
                id="field-consent"
                name="consent"
                type="checkbox"
                value="yes"
                defaultChecked={values.consent}
                aria-invalid={error('consent') ? true : undefined}
                aria-describedby={describedBy('field-consent-hint', errorId('consent'))}
                className={styles.checkbox}
              />
              <label htmlFor="field-consent" className={styles.checkboxLabel}>
                I agree that the clinic may keep these details and call me about my consultation.
              </label>
            </div>
            <p className={styles.hint} id="field-consent-hint">
              We use them only to arrange and make this call, and delete them {props.retentionDays} days after it. Read
              our <a href={props.privacyHref}>privacy notice</a>.
            </p>
          </div>

          <p className={styles.emergency}>
            <strong>This form is not monitored for emergencies.</strong> If you are in crisis, call or text{' '}
            <a href="tel:988">988</a> (Suicide &amp; Crisis Lifeline). In an emergency, call <a href="tel:911">911</a>.
          </p>

          <button type="submit" className={styles.submit} aria-disabled={pending ? true : undefined}>
            {pending ? 'Sending your request…' : 'Request my call'}
          </button>
        </section>
      </form>

      <p role="status" className="visually-hidden">
        {pending ? 'Sending your request.' : announcement}
      </p>
    </div>
  )
}

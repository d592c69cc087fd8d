'use client'

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react'
import type { CountryCode } from 'libphonenumber-js/min'
import type { SiteSettings } from '@/lib/content/schemas'
import { timeZoneLabel, type DayView } from '@/lib/consultations/shared/format'
import { emptyValues, initialFormState, type BookingFormState } from '@/lib/consultations/shared/form-state'
import type { TimeZoneOption } from '@/lib/consultations/shared/time-zone-options'
import {
  bookingErrors,
  formDataToInput,
  LANGUAGE_FIELD,
  type FieldErrors,
} from '@/lib/consultations/shared/form-fields'
import { messages, type Locale } from '@/lib/i18n'
import { useCrisisNotice } from '@/components/site/clinic-contact'
import { ConfirmStep } from './confirm-step'
import { DetailsStep } from './details-step'
import { ErrorSummary } from './error-summary'
import { SlotPicker } from './slot-picker'
import { Step } from './step'
import { TimeZonePicker } from './time-zone-picker'
import { useHydrated } from './use-hydrated'
import { useSlots } from './use-slots'
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
  /** The page's language: every word of the form, its messages, and the patient's stored preference. */
  locale?: Locale
}

/** 128 random bits; getRandomValues works on plain http too, where randomUUID is missing. */
function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** The day and time picked, and the times they were picked from. */
type Selection = { days: DayView[] | null; day: string | undefined; slot: string }

/** After new times arrive: keep the day and time if they are still there, else the first day and no time. */
function keepOffered(selection: Selection, days: DayView[] | null): Selection {
  const list = days ?? []
  return {
    days,
    day: list.some((day) => day.date === selection.day) ? selection.day : list[0]?.date,
    slot: list.some((day) => day.slots.some((slot) => slot.start === selection.slot)) ? selection.slot : '',
  }
}

export function BookingForm(props: BookingFormProps) {
  const locale = props.locale ?? 'en'
  const t = messages(locale).booking
  const [state, formAction, pending] = useActionState(props.action, initialFormState)
  const hydrated = useHydrated()
  const values = state.status === 'error' ? state.values : emptyValues
  const crisisNotice = useCrisisNotice()

  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const [focusRequest, setFocusRequest] = useState(0)
  const [answered, setAnswered] = useState(0)
  const [slotTakenAt, setSlotTakenAt] = useState(0)
  const summaryRef = useRef<HTMLDivElement>(null)
  const idempotencyKey = useRef(props.idempotencyKey)

  const slots = useSlots({
    initialDays: props.days,
    initialZone: props.timeZone,
    horizonDays: props.horizonDays,
    locale,
    reloadKey: slotTakenAt,
    onShown: (zone) => setAnnouncement(t.timesShownIn(timeZoneLabel(zone, new Date(), locale))),
  })
  const [selection, setSelection] = useState<Selection>(() => ({
    days: props.days,
    day: props.days?.find((day) => day.slots.some((slot) => slot.start === values.slotStart))?.date ?? props.initialDay,
    slot: values.slotStart,
  }))
  if (selection.days !== slots.days) setSelection(keepOffered(selection, slots.days))

  // A new answer from the server (its attempt number changes with each): move focus to the
  // summary, and if the time was taken meanwhile, drop it and load the times again. Only once
  // React runs in the browser, so a form posted without JavaScript renders as the server said.
  if (hydrated && state.status === 'error' && state.attempt !== answered) {
    setAnswered(state.attempt)
    setClientErrors(null)
    setFocusRequest((n) => n + 1)
    if (state.errors.slotStart?.includes(bookingErrors(locale).slotTaken)) {
      setSelection((current) => ({ ...current, slot: '' }))
      setSlotTakenAt(state.attempt)
    }
  }

  useEffect(() => {
    if (focusRequest > 0) summaryRef.current?.focus()
  }, [focusRequest])

  const errors: FieldErrors = clientErrors ?? (state.status === 'error' ? state.errors : {})
  const error = (field: keyof FieldErrors) => errors[field]?.[0]

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    // With JavaScript the form never posts natively: check here first, then call the action.
    event.preventDefault()
    if (pending) return
    const form = new FormData(event.currentTarget)
    idempotencyKey.current ??= newIdempotencyKey()
    form.set('idempotencyKey', idempotencyKey.current)
    const { validateConsultation } = await loadValidation()
    const offered = new Set(
      (slots.days ?? []).flatMap((day) => day.slots.map((slot) => new Date(slot.start).getTime())),
    )
    const result = validateConsultation(formDataToInput(form), {
      treatmentSlugs: props.treatments.map((treatment) => treatment.slug),
      checkSlot: (start) => (offered.has(start.getTime()) ? 'ok' : 'not-offered'),
      defaultCountry: props.defaultCountry as CountryCode,
      locale,
    })
    if (!result.ok) {
      setClientErrors(result.errors)
      setFocusRequest((n) => n + 1)
      return
    }
    setClientErrors(null)
    startTransition(() => formAction(form))
  }

  return (
    // data-needs-scripts: the cache handler keeps Next's scripts on a page with this form
    // (lib/cache/page-scripts.cjs); the content pages are served without them.
    <div className={styles.booking} data-needs-scripts="">
      <ErrorSummary errors={errors} locale={locale} ref={summaryRef} />

      <Step id="choose-time" number={1} title={t.steps.chooseTime}>
        <TimeZonePicker
          zone={slots.zone}
          options={props.timeZoneOptions}
          hydrated={hydrated}
          onChange={slots.changeZone}
          locale={locale}
        />
      </Step>

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
            days={slots.days}
            selectedDay={selection.day}
            selectedSlot={selection.slot}
            zone={slots.zone}
            hydrated={hydrated}
            loading={slots.loading}
            loadFailed={slots.loadFailed}
            onRetry={slots.retry}
            clinicPhone={props.clinicPhone}
            error={error('slotStart')}
            locale={locale}
            onDayChange={(date) => {
              setSelection((current) => ({ ...current, day: date }))
              const day = slots.days?.find((candidate) => candidate.date === date)
              if (day) setAnnouncement(t.timesFreeOn(day.slots.length, day.label))
            }}
            onSlotChange={(start) => setSelection((current) => ({ ...current, slot: start }))}
          />
        </div>
        <input type="hidden" name="timeZone" value={slots.zone} />
        {/* The patient's language: the answer, the e-mail and the call back are in it. */}
        <input type="hidden" name={LANGUAGE_FIELD} value={locale} />
        {/* Without JavaScript the server's key posts with the form; with it, onSubmit sets one. */}
        {props.idempotencyKey ? <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} /> : null}

        <DetailsStep values={values} errors={errors} treatments={props.treatments} locale={locale} />
        <ConfirmStep
          consented={values.consent}
          error={error('consent')}
          retentionDays={props.retentionDays}
          privacyHref={props.privacyHref}
          crisisNotice={crisisNotice}
          pending={pending}
          locale={locale}
        />
      </form>

      <p role="status" className="visually-hidden">
        {pending ? t.sending : announcement}
      </p>
    </div>
  )
}

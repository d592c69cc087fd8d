/**
 * What the booking pages need, gathered server-side, in two parts:
 * - the shell (content and configuration), the same for every visitor, so /consultation can be
 *   prerendered and cached by a CDN; the browser then asks /api/consultation-slots for times;
 * - the free times themselves, rendered into the page only by /consultation/times, the
 *   per-request version of the form for browsers without JavaScript.
 */
import 'server-only'
import { randomUUID } from 'node:crypto'
import { getLocations, getSiteSettings, getTreatments } from '@/lib/content'
import type { SiteSettings } from '@/lib/content/schemas'
import { bookingConfig } from './config'
import { groupSlotsByDay, timeZoneLabel, type DayView } from '@/lib/consultations/shared/format'
import { getBookingDeps } from './live'
import { availableSlots } from './service'
import type { Locale } from '@/lib/routes'
import { canonicalTimeZone, dateIn } from '@/lib/consultations/shared/time-zone'
import { COMMON_TIME_ZONES, withZones, type TimeZoneOption } from '@/lib/consultations/shared/time-zone-options'

export interface BookingShell {
  phone: SiteSettings['phone']
  openingHours: SiteSettings['openingHours']
  clinicTimeZone: string
  timeZoneOptions: TimeZoneOption[]
  /** Days of slots to show: the clinic's horizon plus one, since it is counted in the clinic's zone. */
  horizonDays: number
  treatments: { slug: string; name: string }[]
  /** Where treatment happens after the call; the call itself is by phone, clinic-wide. */
  locations: { slug: string; name: string; city: string }[]
  defaultCountry: string
  retentionDays: number
}

export interface BookingTimes {
  timeZone: string
  days: DayView[]
  /** One per rendered form, so a double post books once. */
  idempotencyKey: string
}

const zoneOption =
  (locale: Locale) =>
  (value: string): TimeZoneOption => ({ value, label: timeZoneLabel(value, new Date(), locale) })

/** Content in the page's language (treatment names, crisis wording); zones labelled in it too. */
export async function loadBookingShell(locale: Locale = 'en'): Promise<BookingShell> {
  const [settings, treatments, locations] = await Promise.all([
    getSiteSettings(locale),
    getTreatments(locale),
    getLocations(),
  ])
  const option = zoneOption(locale)
  return {
    phone: settings.phone,
    openingHours: settings.openingHours,
    clinicTimeZone: settings.timeZone,
    timeZoneOptions: withZones(COMMON_TIME_ZONES.map(option), [option(settings.timeZone)]),
    horizonDays: settings.consultation.horizonDays + 1,
    treatments: treatments.map((treatment) => ({ slug: treatment.slug, name: treatment.name })),
    locations: locations.map((location) => ({
      slug: location.slug,
      name: location.name,
      city: location.address.city,
    })),
    defaultCountry: settings.address.country,
    retentionDays: bookingConfig().BOOKINGS_RETENTION_DAYS,
  }
}

/** Free times in `requestedZone` when it is a real zone, else in the clinic's. */
export async function loadBookingTimes(
  shell: BookingShell,
  requestedZone: string | undefined,
  locale: Locale = 'en',
): Promise<BookingTimes> {
  const deps = await getBookingDeps()
  // The canonical name: the formatter caches are keyed by it (see shared/time-zone.ts).
  const timeZone = (requestedZone === undefined ? null : canonicalTimeZone(requestedZone)) ?? shell.clinicTimeZone
  const slots = await availableSlots({ from: dateIn(deps.now(), timeZone), days: shell.horizonDays, timeZone }, deps)
  const iso = slots.map((slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString() }))
  return { timeZone, days: groupSlotsByDay(iso, timeZone, locale), idempotencyKey: randomUUID() }
}

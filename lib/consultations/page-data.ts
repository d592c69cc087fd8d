/**
 * Everything the /consultation page needs, gathered server-side: slots for the whole horizon
 * grouped by day in the display zone, the treatments, the clinic's phone and a fresh
 * idempotency key (one per rendered form, so a double-submit books once).
 */
import 'server-only'
import { randomUUID } from 'node:crypto'
import { getSiteSettings, getTreatments } from '@/lib/content'
import type { SiteSettings } from '@/lib/content/schemas'
import { bookingConfig } from './config'
import { groupSlotsByDay, timeZoneLabel, type DayView } from './format'
import { getBookingDeps } from './live'
import { availableSlots } from './service'
import { dateIn, isValidTimeZone } from './time-zone'
import { COMMON_TIME_ZONES, withZones, type TimeZoneOption } from './time-zone-options'

export interface BookingPageData {
  clinicName: string
  phone: SiteSettings['phone']
  clinicTimeZone: string
  timeZone: string
  /** True when the zone came from ?tz=, so the browser should not replace it with its own. */
  timeZoneFromUrl: boolean
  timeZoneOptions: TimeZoneOption[]
  days: DayView[]
  /** Days of slots to ask the API for when the zone changes. */
  horizonDays: number
  treatments: { slug: string; name: string }[]
  idempotencyKey: string
  defaultCountry: string
  retentionDays: number
}

export async function loadBookingPage(requestedZone: string | undefined): Promise<BookingPageData> {
  const [settings, treatments, deps] = await Promise.all([getSiteSettings(), getTreatments(), getBookingDeps()])
  const timeZoneFromUrl = requestedZone !== undefined && isValidTimeZone(requestedZone)
  const timeZone = timeZoneFromUrl ? requestedZone : settings.timeZone
  // One extra day: the horizon is counted in the clinic's zone, the days here in the patient's.
  const horizonDays = settings.consultation.horizonDays + 1
  const slots = await availableSlots({ from: dateIn(deps.now(), timeZone), days: horizonDays, timeZone }, deps)
  const iso = slots.map((slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString() }))
  const option = (value: string) => ({ value, label: timeZoneLabel(value) })
  return {
    clinicName: settings.clinicName,
    phone: settings.phone,
    clinicTimeZone: settings.timeZone,
    timeZone,
    timeZoneFromUrl,
    timeZoneOptions: withZones(COMMON_TIME_ZONES.map(option), [option(timeZone), option(settings.timeZone)]),
    days: groupSlotsByDay(iso, timeZone),
    horizonDays,
    treatments: treatments.map((treatment) => ({ slug: treatment.slug, name: treatment.name })),
    idempotencyKey: randomUUID(),
    defaultCountry: settings.address.country,
    retentionDays: bookingConfig().BOOKINGS_RETENTION_DAYS,
  }
}

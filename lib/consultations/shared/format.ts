/**
 * Human labels for slots in the patient's zone. Shared by the server render and the browser;
 * the server sends its labels with the first render so hydration never re-formats them.
 */
import { LANGUAGE_TAGS, messages, type Locale } from '@/lib/i18n'
import { createLruCache } from './lru-cache'
import { canonicalTimeZone, dateIn, formatIsoDate } from './time-zone'

export interface SlotView {
  start: string
  end: string
  /** "10:00 AM" in the display zone. */
  label: string
}

export interface DayView {
  /** YYYY-MM-DD in the display zone. */
  date: string
  /** "Wednesday, June 10". */
  label: string
  /** "Wed" / "Jun 10", for compact day buttons. */
  weekday: string
  short: string
  slots: SlotView[]
}

// Keyed by the canonical zone and bounded: the zone can come from a request (see time-zone.ts).
// A zone needs about six option sets, so this holds the zones of many concurrent requests.
const cache = createLruCache<Intl.DateTimeFormat>(256)

/**
 * The cached formatter for a zone, options and language; throws a RangeError for a zone Intl
 * does not know.
 */
export function dateTimeFormat(
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
  locale: Locale = 'en',
): Intl.DateTimeFormat {
  const zone = canonicalTimeZone(timeZone)
  if (zone === null) throw new RangeError('Invalid time zone')
  const key = `${locale}|${zone}|${JSON.stringify(options)}`
  let format = cache.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], { timeZone: zone, ...options })
    cache.set(key, format)
  }
  return format
}

export const formatTime = (instant: Date, timeZone: string, locale: Locale = 'en') =>
  dateTimeFormat(timeZone, { hour: 'numeric', minute: '2-digit' }, locale).format(instant)

export const formatDay = (instant: Date, timeZone: string, locale: Locale = 'en') =>
  dateTimeFormat(timeZone, { weekday: 'long', month: 'long', day: 'numeric' }, locale).format(instant)

/**
 * "Wednesday, June 10, 2026 at 10:00 AM Eastern Daylight Time" /
 * "miércoles, 10 de junio de 2026 a las 10:00 a.m. hora de verano del este".
 */
export const formatDateTime = (instant: Date, timeZone: string, locale: Locale = 'en') =>
  `${dateTimeFormat(timeZone, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }, locale).format(instant)} ${
    messages(locale).booking.at
  } ${formatTime(instant, timeZone, locale)} ${zoneName(instant, timeZone, 'long', locale)}`

function zoneName(instant: Date, timeZone: string, style: 'long' | 'longGeneric', locale: Locale = 'en'): string {
  return (
    dateTimeFormat(timeZone, { timeZoneName: style }, locale)
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone
  )
}

/** "Eastern Time (New York)": the generic zone name plus the city people recognise. */
export function timeZoneLabel(timeZone: string, at: Date = new Date(), locale: Locale = 'en'): string {
  // The canonical name, so "america/new_york" reads "New York" like the zone it names.
  const zone = canonicalTimeZone(timeZone) ?? timeZone
  const city = zone.split('/').pop()?.replace(/_/g, ' ') ?? zone
  const generic = zoneName(at, zone, 'longGeneric', locale)
  // Zones without a name of their own come back as "GMT+05:45"; the IANA name reads better.
  return generic.startsWith('GMT') || generic === city ? zone.replace(/_/g, ' ') : `${generic} (${city})`
}

export function groupSlotsByDay(
  slots: ReadonlyArray<{ start: string; end: string }>,
  timeZone: string,
  locale: Locale = 'en',
): DayView[] {
  const days: DayView[] = []
  for (const slot of slots) {
    const start = new Date(slot.start)
    const date = formatIsoDate(dateIn(start, timeZone))
    let day = days.at(-1)
    if (day?.date !== date) {
      day = {
        date,
        label: formatDay(start, timeZone, locale),
        weekday: dateTimeFormat(timeZone, { weekday: 'short' }, locale).format(start),
        short: dateTimeFormat(timeZone, { month: 'short', day: 'numeric' }, locale).format(start),
        slots: [],
      }
      days.push(day)
    }
    day.slots.push({ start: slot.start, end: slot.end, label: formatTime(start, timeZone, locale) })
  }
  return days
}

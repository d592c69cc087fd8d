import { weekdays, type OpeningHours, type Weekday } from '@/lib/content/schemas'
import { LANGUAGE_TAGS } from '@/lib/i18n'
import { DEFAULT_LOCALE, type Locale } from '@/lib/routes'

export type OpeningHoursRow = {
  day: Weekday
  label: string
  /** Formatted ranges in clinic-local time, e.g. ["9 AM – 5 PM"]; empty means closed. */
  ranges: string[]
}

/** A Monday (2024-01-01) and the six days after it, for weekday names from Intl. */
const WEEK_START = Date.UTC(2024, 0, 1)

function dayLabel(day: Weekday, locale: Locale): string {
  const date = new Date(WEEK_START + weekdays.indexOf(day) * 86_400_000)
  const name = new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], { weekday: 'long', timeZone: 'UTC' }).format(date)
  return name.charAt(0).toLocaleUpperCase(LANGUAGE_TAGS[locale]) + name.slice(1)
}

/** "09:00" -> "9 AM" ("9 a.m." in Spanish), "13:30" -> "1:30 PM". The schema guarantees HH:MM. */
export function formatClock(value: string, locale: Locale = DEFAULT_LOCALE): string {
  const [h = '0', m = '00'] = value.split(':')
  const date = new Date(Date.UTC(2024, 0, 1, Number(h), Number(m)))
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
    hour: 'numeric',
    ...(m === '00' ? {} : { minute: '2-digit' }),
    timeZone: 'UTC',
  }).format(date)
}

/**
 * One row per weekday, Monday first. A day with no entry is closed; a day may have several
 * entries (a lunch break), shown in order.
 */
export function openingHoursRows(hours: readonly OpeningHours[], locale: Locale = DEFAULT_LOCALE): OpeningHoursRow[] {
  return weekdays.map((day) => ({
    day,
    label: dayLabel(day, locale),
    ranges: hours
      .filter((entry) => entry.day === day)
      .sort((a, b) => a.opens.localeCompare(b.opens))
      .map((entry) => `${formatClock(entry.opens, locale)} – ${formatClock(entry.closes, locale)}`),
  }))
}

/** "Pacific Time" for America/Los_Angeles: the name patients know, without DST guesswork. */
export function timeZoneLabel(timeZone: string, at: Date = new Date(), locale: Locale = DEFAULT_LOCALE): string {
  try {
    const part = new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')
    return part?.value ?? timeZone
  } catch {
    return timeZone
  }
}

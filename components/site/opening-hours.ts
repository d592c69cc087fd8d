import { weekdays, type OpeningHours, type Weekday } from '@/lib/content/schemas'

export type OpeningHoursRow = {
  day: Weekday
  label: string
  /** Formatted ranges in clinic-local time, e.g. ["9 AM – 5 PM"]; empty means closed. */
  ranges: string[]
}

const DAY_LABELS: Record<Weekday, string> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
}

/** "09:00" -> "9 AM", "13:30" -> "1:30 PM". The schema guarantees HH:MM. */
export function formatClock(value: string): string {
  const [h = '0', m = '00'] = value.split(':')
  const hours = Number(h)
  const suffix = hours < 12 ? 'AM' : 'PM'
  const hour12 = hours % 12 === 0 ? 12 : hours % 12
  return m === '00' ? `${hour12} ${suffix}` : `${hour12}:${m} ${suffix}`
}

/**
 * One row per weekday, Monday first. A day with no entry is closed; a day may have several
 * entries (a lunch break), shown in order.
 */
export function openingHoursRows(hours: readonly OpeningHours[]): OpeningHoursRow[] {
  return weekdays.map((day) => ({
    day,
    label: DAY_LABELS[day],
    ranges: hours
      .filter((entry) => entry.day === day)
      .sort((a, b) => a.opens.localeCompare(b.opens))
      .map((entry) => `${formatClock(entry.opens)} – ${formatClock(entry.closes)}`),
  }))
}

/** "Pacific Time" for America/Los_Angeles: the name patients know, without DST guesswork. */
export function timeZoneLabel(timeZone: string, at: Date = new Date()): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')
    return part?.value ?? timeZone
  } catch {
    return timeZone
  }
}

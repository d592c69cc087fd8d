/**
 * Human labels for slots in the patient's zone. Shared by the server render and the browser;
 * the server sends its labels with the first render so hydration never re-formats them.
 */
import { dateIn, formatIsoDate } from './time-zone'

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

const cache = new Map<string, Intl.DateTimeFormat>()
function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`
  let format = cache.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, ...options })
    cache.set(key, format)
  }
  return format
}

export const formatTime = (instant: Date, timeZone: string) =>
  formatter(timeZone, { hour: 'numeric', minute: '2-digit' }).format(instant)

export const formatDay = (instant: Date, timeZone: string) =>
  formatter(timeZone, { weekday: 'long', month: 'long', day: 'numeric' }).format(instant)

/** "Wednesday, June 10, 2026 at 10:00 AM Eastern Daylight Time". */
export const formatDateTime = (instant: Date, timeZone: string) =>
  `${formatter(timeZone, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }).format(instant)} at ${formatTime(
    instant,
    timeZone,
  )} ${zoneName(instant, timeZone, 'long')}`

function zoneName(instant: Date, timeZone: string, style: 'long' | 'longGeneric'): string {
  return (
    formatter(timeZone, { timeZoneName: style })
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone
  )
}

/** "Eastern Time (New York)": the generic zone name plus the city people recognise. */
export function timeZoneLabel(timeZone: string, at: Date = new Date()): string {
  const city = timeZone.split('/').pop()?.replace(/_/g, ' ') ?? timeZone
  const generic = zoneName(at, timeZone, 'longGeneric')
  // Zones without a name of their own come back as "GMT+05:45"; the IANA name reads better.
  return generic.startsWith('GMT') || generic === city ? timeZone.replace(/_/g, ' ') : `${generic} (${city})`
}

export function groupSlotsByDay(slots: ReadonlyArray<{ start: string; end: string }>, timeZone: string): DayView[] {
  const days: DayView[] = []
  for (const slot of slots) {
    const start = new Date(slot.start)
    const date = formatIsoDate(dateIn(start, timeZone))
    let day = days.at(-1)
    if (day?.date !== date) {
      day = {
        date,
        label: formatDay(start, timeZone),
        weekday: formatter(timeZone, { weekday: 'short' }).format(start),
        short: formatter(timeZone, { month: 'short', day: 'numeric' }).format(start),
        slots: [],
      }
      days.push(day)
    }
    day.slots.push({ start: slot.start, end: slot.end, label: formatTime(start, timeZone) })
  }
  return days
}

/**
 * Consultation slot generation: a pure function of the clinic's settings, the clock and the
 * bookings already taken. Opening hours are wall-clock times in the clinic's zone; slots are
 * instants (UTC), stepped in real minutes, so a daylight-saving switch can neither drop nor
 * double a slot. Shared by the slots API, the form page and server-side validation.
 */
import type { Weekday } from '@/lib/content/schemas'
import {
  addDays,
  compareDates,
  dateIn,
  dayOfWeek,
  minutes,
  startOfDay,
  wallTimeToInstant,
  type CalendarDate,
} from './time-zone'

export interface SlotSettings {
  timeZone: string
  openingHours: ReadonlyArray<{ day: Weekday; opens: string; closes: string }>
  consultation: { slotMinutes: number; leadTimeHours: number; horizonDays: number; bufferMinutes: number }
}

export interface TimeRange {
  start: Date
  end: Date
}

const weekdayBySundayIndex: readonly Weekday[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
]

function parseClock(clock: string): { hour: number; minute: number } {
  const [hour = 0, minute = 0] = clock.split(':').map(Number)
  return { hour, minute }
}

/** Every slot the opening hours allow on one clinic-local date, ignoring clock and bookings. */
function slotsOnDate(settings: SlotSettings, date: CalendarDate): TimeRange[] {
  const weekday = weekdayBySundayIndex[dayOfWeek(date)]
  const length = minutes(settings.consultation.slotMinutes)
  const slots: TimeRange[] = []
  for (const hours of settings.openingHours) {
    if (hours.day !== weekday) continue
    const opens = wallTimeToInstant({ ...date, ...parseClock(hours.opens) }, settings.timeZone).getTime()
    const closes = wallTimeToInstant({ ...date, ...parseClock(hours.closes) }, settings.timeZone).getTime()
    for (let start = opens; start + length <= closes; start += length) {
      slots.push({ start: new Date(start), end: new Date(start + length) })
    }
  }
  return slots
}

/** Slots the opening hours allow whose start lies in [window.start, window.end). */
export function offeredSlots(settings: SlotSettings, window: TimeRange): TimeRange[] {
  const tz = settings.timeZone
  // One clinic day either side covers any offset between the caller's zone and the clinic's.
  const last = addDays(dateIn(window.end, tz), 1)
  const seen = new Set<number>()
  const slots: TimeRange[] = []
  for (let date = addDays(dateIn(window.start, tz), -1); compareDates(date, last) <= 0; date = addDays(date, 1)) {
    for (const slot of slotsOnDate(settings, date)) {
      const start = slot.start.getTime()
      // Overlapping opening-hours entries for one day must not offer a slot twice.
      if (start < window.start.getTime() || start >= window.end.getTime() || seen.has(start)) continue
      seen.add(start)
      slots.push(slot)
    }
  }
  return slots.sort((a, b) => a.start.getTime() - b.start.getTime())
}

/** Earliest bookable instant: now plus the lead time. */
export function earliestStart(settings: SlotSettings, now: Date): Date {
  return new Date(now.getTime() + settings.consultation.leadTimeHours * 3_600_000)
}

/** End of the horizon: midnight (clinic zone) after horizonDays calendar days, today included. */
export function horizonEnd(settings: SlotSettings, now: Date): Date {
  return startOfDay(addDays(dateIn(now, settings.timeZone), settings.consultation.horizonDays), settings.timeZone)
}

/**
 * Two bookings clash when they overlap once each is extended by the buffer at its end,
 * i.e. when fewer than bufferMinutes separate them. The database's exclusion constraint
 * applies the same rule, so what is offered here is what the store will accept.
 */
export function clashes(a: TimeRange, b: TimeRange, bufferMinutes: number): boolean {
  const buffer = minutes(bufferMinutes)
  return a.start.getTime() < b.end.getTime() + buffer && b.start.getTime() < a.end.getTime() + buffer
}

export interface GenerateSlotsInput {
  settings: SlotSettings
  now: Date
  window: TimeRange
  taken: readonly TimeRange[]
}

/** Bookable slots in a window: offered by the hours, within lead time and horizon, not clashing. */
export function generateSlots({ settings, now, window, taken }: GenerateSlotsInput): TimeRange[] {
  const earliest = earliestStart(settings, now).getTime()
  const latest = horizonEnd(settings, now).getTime()
  const buffer = settings.consultation.bufferMinutes
  return offeredSlots(settings, window).filter(
    (slot) =>
      slot.start.getTime() >= earliest &&
      slot.start.getTime() < latest &&
      !taken.some((booking) => clashes(slot, booking, buffer)),
  )
}

/** [from 00:00, from + days 00:00) in the given zone. */
export function dayWindow(from: CalendarDate, days: number, timeZone: string): TimeRange {
  return { start: startOfDay(from, timeZone), end: startOfDay(addDays(from, days), timeZone) }
}

export type SlotCheck = 'ok' | 'past' | 'not-offered' | 'too-soon' | 'too-far'

/** Why a requested start is not bookable (bookings aside), or 'ok'. */
export function checkSlotStart(settings: SlotSettings, now: Date, start: Date): SlotCheck {
  if (start.getTime() <= now.getTime()) return 'past'
  const around = { start: new Date(start.getTime() - 1), end: new Date(start.getTime() + 1) }
  const offered = offeredSlots(settings, around).some((slot) => slot.start.getTime() === start.getTime())
  if (!offered) return 'not-offered'
  if (start.getTime() < earliestStart(settings, now).getTime()) return 'too-soon'
  if (start.getTime() >= horizonEnd(settings, now).getTime()) return 'too-far'
  return 'ok'
}

/** The slot that starts at `start` (its end follows from the slot length). */
export function slotAt(settings: SlotSettings, start: Date): TimeRange {
  return { start, end: new Date(start.getTime() + minutes(settings.consultation.slotMinutes)) }
}

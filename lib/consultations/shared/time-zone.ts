/**
 * Wall-clock <-> instant conversion with nothing but Intl, so slot maths needs no date library.
 * Safe in the browser and on the server (no patient data, no secrets).
 */
import { createLruCache } from './lru-cache'

export interface CalendarDate {
  year: number
  month: number // 1-12
  day: number
}

export interface WallTime extends CalendarDate {
  hour: number
  minute: number
}

const MINUTE = 60_000
const DAY = 86_400_000

/** Longer than any IANA name; refused before Intl sees it. */
const MAX_ZONE_LENGTH = 64

/*
 * Building a DateTimeFormat is slow and slot generation converts hundreds of times per request,
 * so formatters are cached. The zone comes from the request (`?tz=`), and Intl accepts any letter
 * case ("america/NEW_york"): both caches are keyed by the canonical name and bounded, so no
 * number of spellings (or of real zones) can grow them past a few hundred small entries.
 */
const canonicalNames = createLruCache<string>(256)
const formatters = createLruCache<Intl.DateTimeFormat>(64)

/**
 * The zone's canonical IANA name ("America/New_York" for "america/new_york" or "US/Eastern"), or
 * null when Intl does not know it. Use it wherever a zone from a request is kept or compared.
 */
export function canonicalTimeZone(timeZone: string): string | null {
  if (!timeZone || timeZone.length > MAX_ZONE_LENGTH) return null
  const known = canonicalNames.get(timeZone)
  if (known !== undefined) return known
  try {
    const canonical = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone
    canonicalNames.set(timeZone, canonical)
    return canonical
  } catch {
    return null
  }
}

/** The cached wall-clock formatter for a zone; throws a RangeError for a zone Intl does not know. */
export function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  const canonical = canonicalTimeZone(timeZone)
  if (canonical === null) throw new RangeError('Invalid time zone')
  let formatter = formatters.get(canonical)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: canonical,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(canonical, formatter)
  }
  return formatter
}

export function isValidTimeZone(timeZone: string): boolean {
  return canonicalTimeZone(timeZone) !== null
}

/** The wall-clock time (to the minute) an instant shows in a zone. */
export function toWallTime(instant: Date | number, timeZone: string): WallTime & { second: number } {
  const values: Record<string, number> = {}
  for (const part of zoneFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value)
  }
  return {
    year: values.year ?? 0,
    month: values.month ?? 0,
    day: values.day ?? 0,
    hour: values.hour ?? 0,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  }
}

/** Zone offset (local minus UTC, in ms) in force at an instant. */
export function offsetAt(instantMs: number, timeZone: string): number {
  const w = toWallTime(instantMs, timeZone)
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)
  return asUtc - Math.floor(instantMs / 1000) * 1000
}

/**
 * The instant a wall-clock time names in a zone. Like Temporal's "compatible" disambiguation:
 * a time that occurs twice (clocks go back) takes the earlier instant; a time skipped by
 * clocks going forward is read with the offset before the jump (02:30 becomes 03:30).
 */
export function wallTimeToInstant(wall: WallTime, timeZone: string): Date {
  const wallMs = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute)
  // No zone changes offset twice within a day, so the offsets 12 hours either side cover both readings.
  const before = offsetAt(wallMs - DAY / 2, timeZone)
  const after = offsetAt(wallMs + DAY / 2, timeZone)
  const candidates = [wallMs - before, wallMs - after]
    .filter((instant) => instant + offsetAt(instant, timeZone) === wallMs)
    .sort((a, b) => a - b)
  return new Date(candidates[0] ?? wallMs - before)
}

export function parseIsoDate(value: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return null
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
  const roundTrip = new Date(Date.UTC(date.year, date.month - 1, date.day))
  // Rejects 2026-02-30 and friends, which Date.UTC would silently roll over.
  if (roundTrip.getUTCMonth() !== date.month - 1 || roundTrip.getUTCDate() !== date.day) return null
  return date
}

export function formatIsoDate(date: CalendarDate): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY)
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() }
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)
}

/** 0 = Sunday ... 6 = Saturday, as Date#getUTCDay. */
export function dayOfWeek(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()
}

export function dateIn(instant: Date | number, timeZone: string): CalendarDate {
  const { year, month, day } = toWallTime(instant, timeZone)
  return { year, month, day }
}

export function startOfDay(date: CalendarDate, timeZone: string): Date {
  return wallTimeToInstant({ ...date, hour: 0, minute: 0 }, timeZone)
}

export const minutes = (n: number) => n * MINUTE

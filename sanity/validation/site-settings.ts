import { missingCrisisNumbers } from '@/lib/crisis-lines'
import { isBlank, isRecord, type RuleResult } from './types'

export const weekdayNames = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const

/** E.164: "+", country code, subscriber number; 8 to 15 digits, no spaces. Used for tel: links. */
export function e164Phone(value: unknown): RuleResult {
  if (isBlank(value)) return true
  return typeof value === 'string' && /^\+[1-9]\d{6,14}$/.test(value)
    ? true
    : 'Use international format without spaces, e.g. +15035550123.'
}

/** The booking calendar turns slots into times with this zone; a typo would shift every slot. */
export function ianaTimeZone(value: unknown): RuleResult {
  if (isBlank(value)) return true
  if (typeof value !== 'string' || !value.includes('/')) {
    return 'Use an IANA time zone such as America/Los_Angeles or America/New_York.'
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value })
    return true
  } catch {
    return `"${value}" is not a known IANA time zone (e.g. America/Los_Angeles).`
  }
}

export function clockTime(value: unknown): RuleResult {
  if (isBlank(value)) return true
  return typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value)
    ? true
    : 'Use 24-hour HH:MM, e.g. 09:00 or 17:30.'
}

/** On one opening-hours entry. HH:MM strings compare correctly as text. */
export function opensBeforeCloses(entry: unknown): RuleResult {
  if (!isRecord(entry)) return true
  const { opens, closes } = entry
  if (typeof opens !== 'string' || typeof closes !== 'string') return true
  if (clockTime(opens) !== true || clockTime(closes) !== true) return true
  return opens < closes ? true : 'Opening time must be before closing time.'
}

/** One entry per weekday keeps "open now" and slot generation unambiguous; leave a day out to close it. */
export function oneEntryPerWeekday(entries: unknown): RuleResult {
  if (!Array.isArray(entries)) return true
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const entry of entries) {
    if (!isRecord(entry) || typeof entry.day !== 'string') continue
    if (seen.has(entry.day)) repeated.add(entry.day)
    seen.add(entry.day)
  }
  if (repeated.size === 0) return true
  return `Only one entry per day: ${[...repeated].join(', ')} appears more than once.`
}

/** ISO 3166-1 alpha-2, upper case, as structured data and address formatting expect. */
export function countryCode(value: unknown): RuleResult {
  if (isBlank(value)) return true
  return typeof value === 'string' && /^[A-Z]{2}$/.test(value) ? true : 'Use the two-letter country code, e.g. US.'
}

/** The site-wide crisis banner must always point to 988 and 911; it is a safety net, not copy. */
export function crisisNoticeNamesHotlines(value: unknown): RuleResult {
  if (isBlank(value) || typeof value !== 'string') return true
  const missing = missingCrisisNumbers(value)
  return missing.length === 0 ? true : `The crisis notice must mention ${missing.join(' and ')}.`
}

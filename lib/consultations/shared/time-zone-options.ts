/**
 * Zones offered in the "times shown in" picker: where patients of a US clinic usually are,
 * plus a few abroad. The clinic's zone, the browser's and any ?tz= zone are added as needed.
 */
export const COMMON_TIME_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
  'America/Toronto',
  'America/Vancouver',
  'America/Mexico_City',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Australia/Sydney',
  'UTC',
] as const

export interface TimeZoneOption {
  value: string
  label: string
}

export function withZones(options: readonly TimeZoneOption[], extra: readonly TimeZoneOption[]): TimeZoneOption[] {
  const known = new Set(options.map((option) => option.value))
  return [...extra.filter((option) => !known.has(option.value)), ...options]
}

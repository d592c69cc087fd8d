/**
 * The inbox as CSV (RFC 4180: CRLF, quotes doubled). Cells a spreadsheet would run as a
 * formula (= + - @, tab, CR first) get a leading apostrophe; an E.164 phone number is left as
 * it is, since "+" and digits alone cannot be a formula that does anything.
 */
import 'server-only'
import { LANGUAGE_NAMES_IN_ENGLISH } from '@/lib/i18n'
import type { InboxRow } from './inbox'

const HEADER = [
  'reference',
  'call_start_utc',
  'call_end_utc',
  'patient_time_zone',
  'name',
  'phone',
  'email',
  'treatment_of_interest',
  'status',
  'follow_up',
  'follow_up_by',
  'follow_up_at_utc',
  'requested_at_utc',
  'cancelled_at_utc',
  'confirmation_email',
  'preferred_language',
]

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^\+[1-9]\d{6,14}$/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

const iso = (date: Date | null) => (date ? date.toISOString() : '')

export function toCsv(rows: readonly InboxRow[]): string {
  const lines = rows.map((row) =>
    [
      row.reference,
      iso(row.slotStart),
      iso(row.slotEnd),
      row.timeZone,
      row.name,
      row.phone,
      row.email ?? '',
      row.treatmentSlug ?? '',
      row.status,
      row.followUp ?? '',
      row.followUpBy ?? '',
      iso(row.followUpAt),
      iso(row.createdAt),
      iso(row.cancelledAt),
      row.confirmation ?? '',
      LANGUAGE_NAMES_IN_ENGLISH[row.language],
    ]
      .map(csvCell)
      .join(','),
  )
  return [HEADER.join(','), ...lines].join('\r\n') + '\r\n'
}

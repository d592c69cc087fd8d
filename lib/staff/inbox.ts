/**
 * The staff inbox's data: requests (upcoming or past), follow-up marks, the CSV rows, and the
 * access log every one of those writes to. Patient data leaves the database only through
 * functions here, and each of them logs which records it showed, to whom.
 */
import 'server-only'
import { isLocale, type Locale } from '@/lib/i18n'
import type { Queryable } from '@/lib/consultations/server/db'

export const FOLLOW_UPS = ['contacted', 'booked', 'no-answer'] as const
export type FollowUp = (typeof FOLLOW_UPS)[number]
export const isFollowUp = (value: unknown): value is FollowUp => FOLLOW_UPS.includes(value as FollowUp)

export type MailState = 'pending' | 'sending' | 'sent' | 'failed' | 'in-doubt' | 'skipped'

export interface InboxRow {
  id: string
  reference: string
  status: string
  slotStart: Date
  slotEnd: Date
  timeZone: string
  /** The patient's preferred language: the care team calls back in it. */
  language: Locale
  name: string
  phone: string
  email: string | null
  treatmentSlug: string | null
  createdAt: Date
  cancelledAt: Date | null
  followUp: FollowUp | null
  followUpAt: Date | null
  followUpBy: string | null
  /** State of the patient's confirmation e-mail, if one was queued. */
  confirmation: MailState | null
}

/** Who did it: an account, or for a failed sign-in possibly none (an unknown e-mail address). */
export interface Actor {
  accountId: string | null
  /** The account's name at the time, so the log reads on its own. */
  name: string
  sessionId: string | null
}

export const ACCESS_ACTIONS = [
  'view',
  'export',
  'mark',
  'sign-in',
  'sign-out',
  'sign-in-failed',
  'lockout',
  'enrol',
  'disable',
] as const
export type AccessAction = (typeof ACCESS_ACTIONS)[number]

interface Row {
  id: string
  reference: string
  status: string
  slot_start: Date
  slot_end: Date
  time_zone: string
  language: string
  name: string
  phone: string
  email: string | null
  treatment_slug: string | null
  created_at: Date
  cancelled_at: Date | null
  follow_up: FollowUp | null
  follow_up_at: Date | null
  follow_up_by: string | null
  confirmation: MailState | null
}

const SELECT = `
SELECT b.id, b.reference, b.status, b.slot_start, b.slot_end, b.time_zone, b.language, b.name, b.phone, b.email,
       b.treatment_slug, b.created_at, b.cancelled_at, b.follow_up, b.follow_up_at, b.follow_up_by,
       (SELECT n.state FROM booking_notifications n
         WHERE n.booking_id = b.id AND n.kind = 'patient-confirmation' ORDER BY n.id DESC LIMIT 1) AS confirmation
  FROM bookings b`

const toInboxRow = (row: Row): InboxRow => ({
  id: row.id,
  reference: row.reference,
  status: row.status,
  slotStart: row.slot_start,
  slotEnd: row.slot_end,
  timeZone: row.time_zone,
  // The column's check constraint allows only the site's locales.
  language: isLocale(row.language) ? row.language : 'en',
  name: row.name,
  phone: row.phone,
  email: row.email,
  treatmentSlug: row.treatment_slug,
  createdAt: row.created_at,
  cancelledAt: row.cancelled_at,
  followUp: row.follow_up,
  followUpAt: row.follow_up_at,
  followUpBy: row.follow_up_by,
  confirmation: row.confirmation,
})

export async function logAccess(
  db: Queryable,
  actor: Actor,
  action: AccessAction,
  records: readonly { id: string; reference: string }[] = [],
  detail: string | null = null,
): Promise<void> {
  if (records.length === 0) {
    await db.query(
      'INSERT INTO staff_access_log (account_id, actor, session_id, action, detail) VALUES ($1, $2, $3, $4, $5)',
      [actor.accountId, actor.name, actor.sessionId, action, detail],
    )
    return
  }
  // One row per record, in one statement.
  await db.query(
    `INSERT INTO staff_access_log (account_id, actor, session_id, action, booking_id, booking_reference, detail)
     SELECT $7, $1, $2, $3, r.id, r.reference, $6
       FROM unnest($4::uuid[], $5::text[]) AS r(id, reference)`,
    [
      actor.name,
      actor.sessionId,
      action,
      records.map((r) => r.id),
      records.map((r) => r.reference),
      detail,
      actor.accountId,
    ],
  )
}

export type Scope = 'upcoming' | 'past'

/** Upcoming: calls not yet over, soonest first. Past: most recent first. Logged as viewed. */
export async function listRequests(
  db: Queryable,
  actor: Actor,
  scope: Scope,
  now: Date = new Date(),
  limit = 200,
): Promise<InboxRow[]> {
  const { rows } = await db.query<Row>(
    scope === 'upcoming'
      ? `${SELECT} WHERE b.slot_end >= $1 ORDER BY b.slot_start ASC LIMIT $2`
      : `${SELECT} WHERE b.slot_end < $1 ORDER BY b.slot_start DESC LIMIT $2`,
    [now, limit],
  )
  const result = rows.map(toInboxRow)
  await logAccess(db, actor, 'view', result, scope)
  return result
}

/** Records what the care team did; false if there is no such request. */
export async function markFollowUp(db: Queryable, actor: Actor, id: string, followUp: FollowUp): Promise<boolean> {
  const { rows } = await db.query<{ id: string; reference: string }>(
    `UPDATE bookings SET follow_up = $2, follow_up_at = now(), follow_up_by = $3 WHERE id = $1 RETURNING id, reference`,
    [id, followUp, actor.name],
  )
  if (rows.length === 0) return false
  await logAccess(db, actor, 'mark', rows, followUp)
  return true
}

/** Every stored request, oldest call first, for the CSV export. Logged as exported. */
export async function exportRequests(db: Queryable, actor: Actor): Promise<InboxRow[]> {
  const { rows } = await db.query<Row>(`${SELECT} ORDER BY b.slot_start ASC`)
  const result = rows.map(toInboxRow)
  await logAccess(db, actor, 'export', result)
  return result
}

export interface AccessLogEntry {
  at: Date
  actor: string
  action: AccessAction
  bookingReference: string | null
  detail: string | null
}

/** For admins: the newest entries first. Booking references only, no patient data. */
export async function recentAccessLog(db: Queryable, limit = 200): Promise<AccessLogEntry[]> {
  const { rows } = await db.query<{
    at: Date
    actor: string
    action: AccessAction
    booking_reference: string | null
    detail: string | null
  }>('SELECT at, actor, action, booking_reference, detail FROM staff_access_log ORDER BY id DESC LIMIT $1', [limit])
  return rows.map((row) => ({
    at: row.at,
    actor: row.actor,
    action: row.action,
    bookingReference: row.booking_reference,
    detail: row.detail,
  }))
}

/**
 * The calendar file attached to a patient's confirmation. Times are UTC (every calendar shows
 * them in its own zone); the title is neutral because calendars are often shared or glanced at.
 */
import 'server-only'
import ical, { ICalCalendarMethod } from 'ical-generator'
import { messages, type Locale } from '@/lib/i18n'

export interface CallEvent {
  /** Stable per booking, so re-importing updates the same entry instead of adding one. */
  uid: string
  start: Date
  end: Date
  /** The clinic number the call comes from, e.g. "(503) 555-0100". */
  phoneDisplay: string
  stamp: Date
  /** The patient's language, for the title and description (English when not given). */
  locale?: Locale
}

export const CALL_EVENT_TITLE = messages('en').mail.eventTitle

export function callInvite(event: CallEvent): string {
  const t = messages(event.locale ?? 'en').mail
  const calendar = ical({
    prodId: { company: 'clinic-site', product: 'consultation', language: (event.locale ?? 'en').toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  })
  calendar.createEvent({
    id: event.uid,
    start: event.start,
    end: event.end,
    stamp: event.stamp,
    summary: t.eventTitle,
    description: t.eventDescription(event.phoneDisplay),
  })
  return calendar.toString()
}

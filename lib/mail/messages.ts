/**
 * The three e-mails, as plain text. What they may carry is deliberate (docs/privacy-data.md):
 * no treatment of interest, no symptoms, and no patient name or phone in the care team's mail
 * (those stay behind the staff sign-in). The patient's mail does not name the clinic either (its
 * name can say what it treats); subjects and the calendar title are neutral because mailboxes
 * and calendars are seen by others.
 */
import 'server-only'
import { formatDateTime } from '@/lib/consultations/shared/format'
import { LANGUAGE_NAMES_IN_ENGLISH, messages, type Locale } from '@/lib/i18n'
import { callInvite } from './ics'

export interface ClinicInfo {
  clinicName: string
  phone: { e164: string; display: string }
  email: string
  timeZone: string
}

export interface MailMessage {
  to: string
  subject: string
  text: string
  attachments?: { filename: string; content: string; contentType: string }[]
}

export interface NotificationBooking {
  id: string
  reference: string
  slotStart: Date
  slotEnd: Date
  timeZone: string
  email: string | null
  /** The patient's preferred language: their mail is written in it; the care team's names it. */
  language: Locale
}

export function clinicNewRequest(
  booking: NotificationBooking,
  clinic: ClinicInfo,
  to: string,
  inboxUrl: string,
): MailMessage {
  return {
    to,
    subject: `New consultation request ${booking.reference}`,
    text: [
      'A new request for a free phone consultation:',
      '',
      `  ${formatDateTime(booking.slotStart, clinic.timeZone)}`,
      `  Reference: ${booking.reference}`,
      `  Language: ${LANGUAGE_NAMES_IN_ENGLISH[booking.language]}${booking.language === 'en' ? '' : ' (please call back in this language)'}`,
      '',
      `The name and number to call are in the staff inbox: ${inboxUrl}`,
    ].join('\n'),
  }
}

export function clinicCancelled(
  booking: NotificationBooking,
  clinic: ClinicInfo,
  to: string,
  inboxUrl: string,
): MailMessage {
  return {
    to,
    subject: `Consultation request ${booking.reference} cancelled`,
    text: [
      `The patient cancelled the call on ${formatDateTime(booking.slotStart, clinic.timeZone)} (reference ${booking.reference}).`,
      'The time is free again.',
      '',
      `Staff inbox: ${inboxUrl}`,
    ].join('\n'),
  }
}

export function patientConfirmation(
  booking: NotificationBooking & { email: string },
  clinic: ClinicInfo,
  cancelUrl: string | null,
  stamp: Date,
): MailMessage {
  const phone = clinic.phone.display
  const t = messages(booking.language).mail
  const cancel = cancelUrl ? [t.cancelHere(cancelUrl), t.toMove(phone)] : [t.phoneUs(phone)]
  return {
    to: booking.email,
    subject: t.subject,
    text: [
      t.hello,
      '',
      t.bookedFor,
      '',
      `  ${formatDateTime(booking.slotStart, booking.timeZone, booking.language)}`,
      '',
      t.callFrom(phone, booking.reference),
      '',
      ...cancel,
      '',
      t.crisis,
      '',
      // Not the clinic's name: it can say what the clinic treats, and mailboxes are shared.
      t.signOff,
    ].join('\n'),
    attachments: [
      {
        filename: t.icsFilename,
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        content: callInvite({
          uid: `booking-${booking.id}@clinic-site`,
          start: booking.slotStart,
          end: booking.slotEnd,
          phoneDisplay: phone,
          stamp,
          locale: booking.language,
        }),
      },
    ],
  }
}

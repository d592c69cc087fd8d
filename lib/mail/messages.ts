/**
 * The three e-mails, as plain text. What they may carry is deliberate (docs/privacy-data.md):
 * no treatment of interest, no symptoms, and no patient name or phone in the care team's mail
 * (those stay behind the staff sign-in). The patient's mail does not name the clinic either (its
 * name can say what it treats); subjects and the calendar title are neutral because mailboxes
 * and calendars are seen by others.
 */
import 'server-only'
import { formatDateTime } from '@/lib/consultations/shared/format'
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
}

const CRISIS =
  'If you are in crisis, do not wait for our call: call or text 988 (Suicide & Crisis Lifeline), any time. In an emergency, call 911.'

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
  const cancel = cancelUrl
    ? [`If the time no longer suits you, cancel here: ${cancelUrl}`, `To move the call, phone us on ${phone}.`]
    : [`If the time no longer suits you, phone us on ${phone}.`]
  return {
    to: booking.email,
    subject: 'Your phone call is booked',
    text: [
      'Hello,',
      '',
      'Your free phone call is booked for:',
      '',
      `  ${formatDateTime(booking.slotStart, booking.timeZone)}`,
      '',
      `We will call you from ${phone}. Your reference is ${booking.reference}.`,
      '',
      ...cancel,
      '',
      CRISIS,
      '',
      // Not the clinic's name: it can say what the clinic treats, and mailboxes are shared.
      'The care team',
    ].join('\n'),
    attachments: [
      {
        filename: 'phone-call.ics',
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        content: callInvite({
          uid: `booking-${booking.id}@clinic-site`,
          start: booking.slotStart,
          end: booking.slotEnd,
          phoneDisplay: phone,
          stamp,
        }),
      },
    ],
  }
}

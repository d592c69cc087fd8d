/** What a cancel link shows when opened: the booking's time, or why it cannot be cancelled online. */
import 'server-only'
import { formatDateTime } from '@/lib/consultations/shared/format'
import type { Locale } from '@/lib/routes'
import { verifyCancelToken } from './cancel-token'
import { bookingConfig } from './config'
import { getBookingStore } from './instance'

export type CancelLinkView =
  | { kind: 'form'; token: string; when: string }
  | { kind: 'used'; when: string }
  | { kind: 'expired' | 'invalid' | 'gone' | 'unavailable' }

/** Opening the link only shows the booking; cancelling takes a button press (link scanners open links too). */
export async function cancelLinkView(token: string | undefined, locale: Locale): Promise<CancelLinkView> {
  const secret = bookingConfig().BOOKING_TOKEN_SECRET
  if (!secret) return { kind: 'unavailable' }
  if (!token) return { kind: 'invalid' }
  const check = verifyCancelToken(token, secret)
  if (!check.ok) return { kind: check.reason === 'expired' ? 'expired' : 'invalid' }
  const booking = await (await getBookingStore()).findForCancel(check.bookingId)
  if (!booking) return { kind: 'gone' }
  const when = formatDateTime(booking.slotStart, booking.timeZone, locale)
  return booking.status === 'cancelled' ? { kind: 'used', when } : { kind: 'form', token, when }
}

'use server'

import { bookingConfig } from '@/lib/consultations/server/config'
import { verifyCancelToken } from '@/lib/consultations/server/cancel-token'
import { formatDateTime } from '@/lib/consultations/shared/format'
import { getBookingStore } from '@/lib/consultations/server/instance'
import { safeErrorSummary } from '@/lib/consultations/server/store'
import { isLocale } from '@/lib/i18n'
import { log } from '@/lib/log'

export type CancelState =
  | { status: 'idle' }
  | { status: 'cancelled' | 'already-cancelled' | 'too-late'; when: string }
  | { status: 'invalid' | 'error' }

/** Cancels the booking the signed token names. The token is checked again here, not trusted from the page. */
export async function cancelBooking(_previous: CancelState, form: FormData): Promise<CancelState> {
  const secret = bookingConfig().BOOKING_TOKEN_SECRET
  const token = form.get('token')
  if (!secret || typeof token !== 'string') return { status: 'invalid' }
  const now = new Date()
  const check = verifyCancelToken(token, secret, now)
  if (!check.ok) return { status: 'invalid' }
  try {
    const store = await getBookingStore()
    const booking = await store.findForCancel(check.bookingId)
    if (!booking) return { status: 'invalid' }
    const result = await store.cancel(check.bookingId, now)
    // The page's language (a hidden field), so the answer reads like the page it is on.
    const language = form.get('language')
    const when = formatDateTime(booking.slotStart, booking.timeZone, isLocale(language) ? language : 'en')
    return result === 'not-found' ? { status: 'invalid' } : { status: result, when }
  } catch (error) {
    log.error('Cancelling a booking failed', safeErrorSummary(error))
    return { status: 'error' }
  }
}

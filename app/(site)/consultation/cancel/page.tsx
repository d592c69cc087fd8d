import type { Metadata } from 'next'
import { Link } from '@/components/site/link'
import { ConfirmationBody } from '@/components/consultation/confirmation-body'
import { Container } from '@/components/site/container'
import { CrisisNotice } from '@/components/site/crisis-notice'
import { PageHeader } from '@/components/site/page-header'
import { getSiteSettings } from '@/lib/content'
import { bookingConfig } from '@/lib/consultations/server/config'
import { verifyCancelToken } from '@/lib/consultations/server/cancel-token'
import { formatDateTime } from '@/lib/consultations/shared/format'
import { getBookingStore } from '@/lib/consultations/server/instance'
import { paths } from '@/lib/routes'
import { CancelForm } from './cancel-form'

export const metadata: Metadata = {
  title: 'Cancel your call',
  robots: { index: false, follow: false },
  // The token is in this page's URL: never send it on to another site.
  referrer: 'no-referrer',
}

export const dynamic = 'force-dynamic'

type View =
  | { kind: 'form'; token: string; when: string }
  | { kind: 'used'; when: string }
  | { kind: 'expired' | 'invalid' | 'gone' | 'unavailable' }

/** Opening the link only shows the booking; cancelling takes a button press (link scanners open links too). */
async function viewFor(token: string | undefined): Promise<View> {
  const secret = bookingConfig().BOOKING_TOKEN_SECRET
  if (!secret) return { kind: 'unavailable' }
  if (!token) return { kind: 'invalid' }
  const check = verifyCancelToken(token, secret)
  if (!check.ok) return { kind: check.reason === 'expired' ? 'expired' : 'invalid' }
  const booking = await (await getBookingStore()).findForCancel(check.bookingId)
  if (!booking) return { kind: 'gone' }
  const when = formatDateTime(booking.slotStart, booking.timeZone)
  return booking.status === 'cancelled' ? { kind: 'used', when } : { kind: 'form', token, when }
}

export default async function CancelConsultationPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>
}) {
  const { token } = await searchParams
  const [settings, view] = await Promise.all([
    getSiteSettings(),
    viewFor(typeof token === 'string' ? token : undefined),
  ])
  const phone = settings.phone
  const call = <a href={`tel:${phone.e164}`}>{phone.display}</a>

  return (
    <>
      <PageHeader title="Cancel your call" />
      <Container>
        <ConfirmationBody>
          {view.kind === 'form' ? <CancelForm token={view.token} when={view.when} phone={phone} /> : null}
          {view.kind === 'used' ? (
            <p role="status">
              This link has already been used: your call on <strong>{view.when}</strong> is cancelled.{' '}
              <Link href={paths.consultation()}>Book a new call</Link> if you would like one.
            </p>
          ) : null}
          {view.kind === 'expired' ? (
            <p role="alert">
              This link has expired: cancel links work until the call starts. To change or cancel, phone us on {call}.
            </p>
          ) : null}
          {view.kind === 'invalid' ? (
            <p role="alert">
              This link is not complete or not valid. Copy the whole link from your e-mail, or phone us on {call}.
            </p>
          ) : null}
          {view.kind === 'gone' ? (
            <p role="alert">We could not find this booking any more. Please phone us on {call}.</p>
          ) : null}
          {view.kind === 'unavailable' ? (
            <p role="alert">Cancelling online is not available at the moment. Please phone us on {call}.</p>
          ) : null}
          <CrisisNotice notice={settings.crisisNotice} lead="You do not have to wait for our call." />
        </ConfirmationBody>
      </Container>
    </>
  )
}

import type { Metadata } from 'next'
import { Link } from '@/components/site/link'
import { BookedCall } from '@/components/consultation/booked-call'
import { ConfirmationBody } from '@/components/consultation/confirmation-body'
import { Container } from '@/components/site/container'
import { CrisisNotice } from '@/components/site/crisis-notice'
import { PageHeader } from '@/components/site/page-header'
import { getSiteSettings } from '@/lib/content'
import { confirmedReference } from '@/lib/consultations/server/confirmation'
import { formatDateTime } from '@/lib/consultations/shared/format'
import { getBookingStore } from '@/lib/consultations/server/instance'
import { paths } from '@/lib/routes'

export const metadata: Metadata = {
  title: 'Your consultation request',
  robots: { index: false, follow: false },
}

export const dynamic = 'force-dynamic'

/** The booking is found through an HttpOnly cookie with its opaque reference: nothing in the URL. */
export default async function ConsultationThanksPage() {
  const [settings, reference] = await Promise.all([getSiteSettings(), confirmedReference()])
  const booking = reference ? await (await getBookingStore()).findByReference(reference) : null
  const phone = settings.phone

  return (
    <>
      <PageHeader
        title={booking ? 'Thank you. Your call is booked.' : 'Thank you'}
        lead={
          booking
            ? 'Someone from our care team will call you at the time below.'
            : 'If you booked a call, we will ring you at the time you chose.'
        }
      />
      <Container>
        <ConfirmationBody>
          {booking ? (
            <BookedCall when={formatDateTime(booking.slotStart, booking.timeZone)} reference={booking.reference} />
          ) : null}
          <p>
            The call comes from our clinic number, <a href={`tel:${phone.e164}`}>{phone.display}</a>. If the time no
            longer suits you, or you would rather talk sooner, call us on that number.
          </p>
          <CrisisNotice notice={settings.crisisNotice} lead="You do not have to wait for our call." />
          <p>
            <Link href={paths.treatments()}>Read about our treatments</Link> while you wait.
          </p>
        </ConfirmationBody>
      </Container>
    </>
  )
}

import type { Metadata } from 'next'
import { BookingForm } from '@/components/consultation/booking-form'
import { CallCard } from '@/components/consultation/call-card'
import styles from '@/components/consultation/consultation-page.module.css'
import { WhatToExpect } from '@/components/consultation/what-to-expect'
import { Container } from '@/components/site/container'
import { PageHeader } from '@/components/site/page-header'
import { getSiteSettings } from '@/lib/content'
import { timeZoneLabel } from '@/lib/consultations/format'
import { loadBookingPage } from '@/lib/consultations/page-data'
import { submitConsultation } from './actions'

export const metadata: Metadata = {
  title: 'Book a free 15-minute phone consultation',
  description:
    'Choose a time for a free, no-commitment phone call with our care team about ketamine IV therapy and ketamine-assisted psychotherapy.',
  alternates: { canonical: '/consultation' },
}

// Free times change with every booking.
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<{ tz?: string | string[]; day?: string | string[] }> }

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export default async function ConsultationPage({ searchParams }: Props) {
  const query = await searchParams
  const [data, settings] = await Promise.all([loadBookingPage(single(query.tz)), getSiteSettings()])
  return (
    <>
      <PageHeader
        eyebrow="Free · about 15 minutes · no commitment"
        title="Book a free 15-minute phone consultation"
        lead="Choose a time that suits you and someone from our care team will call you. You can ask anything; there is no pressure to decide."
      />
      <Container>
        <div className={styles.layout}>
          <div className={styles.callArea}>
            <CallCard
              phone={data.phone}
              openingHours={settings.openingHours}
              timeZoneLabel={timeZoneLabel(data.clinicTimeZone)}
            />
          </div>
          <div className={styles.formArea}>
            <BookingForm
              action={submitConsultation}
              days={data.days}
              initialDay={single(query.day)}
              timeZone={data.timeZone}
              timeZoneFromUrl={data.timeZoneFromUrl}
              timeZoneOptions={data.timeZoneOptions}
              horizonDays={data.horizonDays}
              treatments={data.treatments}
              idempotencyKey={data.idempotencyKey}
              defaultCountry={data.defaultCountry}
              privacyHref="/privacy"
              retentionDays={data.retentionDays}
            />
          </div>
          <div className={styles.expectArea}>
            <WhatToExpect />
          </div>
        </div>
      </Container>
    </>
  )
}

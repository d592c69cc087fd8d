import { timeZoneLabel } from '@/lib/consultations/shared/format'
import type { BookingShell, BookingTimes } from '@/lib/consultations/server/page-data'
import { PageHeader } from '@/components/site/page-header'
import { Container } from '@/components/site/container'
import { paths } from '@/lib/routes'
import { BookingForm, type BookingFormProps } from './booking-form'
import { CallCard } from './call-card'
import styles from './consultation-view.module.css'
import { WhatToExpect } from './what-to-expect'

type Props = {
  action: BookingFormProps['action']
  shell: BookingShell
  /** Rendered by the server (no-JavaScript page); without them the browser loads the times. */
  times?: BookingTimes
  initialDay?: string
}

/** The booking page, shared by /consultation (prerendered) and /consultation/times (per request). */
export function ConsultationView({ action, shell, times, initialDay }: Props) {
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
              phone={shell.phone}
              openingHours={shell.openingHours}
              timeZoneLabel={timeZoneLabel(shell.clinicTimeZone)}
            />
          </div>
          <div className={styles.formArea}>
            <BookingForm
              action={action}
              days={times?.days ?? null}
              initialDay={initialDay}
              timeZone={times?.timeZone ?? shell.clinicTimeZone}
              timeZoneOptions={shell.timeZoneOptions}
              horizonDays={shell.horizonDays}
              treatments={shell.treatments}
              idempotencyKey={times?.idempotencyKey}
              defaultCountry={shell.defaultCountry}
              privacyHref={paths.privacy()}
              clinicPhone={shell.phone}
              retentionDays={shell.retentionDays}
            />
          </div>
          <div className={styles.expectArea}>
            <WhatToExpect locations={shell.locations} />
          </div>
        </div>
      </Container>
    </>
  )
}

import { timeZoneLabel } from '@/lib/consultations/shared/format'
import type { BookingShell, BookingTimes } from '@/lib/consultations/server/page-data'
import { PageHeader } from '@/components/site/page-header'
import { Container } from '@/components/site/container'
import { messages } from '@/lib/i18n'
import { paths, type Locale } from '@/lib/routes'
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
  locale?: Locale
}

/**
 * The booking page, shared by /consultation (prerendered) and /consultation/times (per request),
 * and by their Spanish twins /es/consulta and /es/consulta/horarios.
 */
export function ConsultationView({ action, shell, times, initialDay, locale = 'en' }: Props) {
  const t = messages(locale).booking
  return (
    <>
      <PageHeader eyebrow={t.eyebrow} title={t.title} lead={t.lead} />
      <Container>
        <div className={styles.layout}>
          <div className={styles.callArea}>
            <CallCard
              phone={shell.phone}
              openingHours={shell.openingHours}
              timeZoneLabel={timeZoneLabel(shell.clinicTimeZone, new Date(), locale)}
              locale={locale}
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
              privacyHref={paths.privacy(locale)}
              clinicPhone={shell.phone}
              retentionDays={shell.retentionDays}
              locale={locale}
            />
          </div>
          <div className={styles.expectArea}>
            <WhatToExpect locations={shell.locations} locale={locale} />
          </div>
        </div>
      </Container>
    </>
  )
}

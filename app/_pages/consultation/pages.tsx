/**
 * The bodies of the booking journey's per-request pages, shared by the English routes
 * (app/(site)/consultation/*) and the Spanish ones (app/(es)/es/consulta/*): each route is a
 * few lines that pass its locale. Kept under app/ because they use the Server Actions here.
 */
import type { Metadata } from 'next'
import { BookedCall } from '@/components/consultation/booked-call'
import { ConfirmationBody } from '@/components/consultation/confirmation-body'
import { ConsultationView } from '@/components/consultation/consultation-view'
import { Container } from '@/components/site/container'
import { CrisisNotice } from '@/components/site/crisis-notice'
import { LanguageSwitch } from '@/components/site/language-switch'
import { Link } from '@/components/site/link'
import { PageHeader } from '@/components/site/page-header'
import { getSiteSettings } from '@/lib/content'
import { cancelLinkView } from '@/lib/consultations/server/cancel-view'
import { confirmedReference } from '@/lib/consultations/server/confirmation'
import { getBookingStore } from '@/lib/consultations/server/instance'
import { loadBookingShell, loadBookingTimes } from '@/lib/consultations/server/page-data'
import { formatDateTime } from '@/lib/consultations/shared/format'
import { messages, type Locale } from '@/lib/i18n'
import { paths } from '@/lib/routes'
import { fixedAlternates } from '@/lib/seo/alternates'
import { pageMetadata } from '@/lib/seo/metadata'
import { submitConsultation } from './actions'
import { CancelForm } from './cancel-form'

export function consultationMetadata(locale: Locale): Metadata {
  const t = messages(locale).booking
  return pageMetadata({
    title: t.metaTitle,
    description: t.metaDescription,
    path: paths.consultation(locale),
    locale,
    alternates: fixedAlternates('consultation'),
  })
}

export function consultationTimesMetadata(locale: Locale): Metadata {
  return {
    title: messages(locale).booking.metaTitle,
    alternates: { canonical: paths.consultation(locale) },
    // The same form as the booking page, for browsers without JavaScript; only that one is indexed.
    robots: { index: false, follow: true },
  }
}

export const thanksMetadata = (locale: Locale): Metadata => ({
  title: messages(locale).booking.thanks.metaTitle,
  robots: { index: false, follow: false },
})

export const cancelMetadata = (locale: Locale): Metadata => ({
  title: messages(locale).booking.cancel.title,
  robots: { index: false, follow: false },
  // The token is in this page's URL: never send it on to another site.
  referrer: 'no-referrer',
})

/**
 * The booking page, prerendered like the content pages so a CDN can serve it: nothing in it
 * changes with a booking. The free times come from /api/consultation-slots in the browser, in
 * the patient's own time zone (or ?tz=); browsers without JavaScript are offered the times page.
 */
export async function ConsultationPageBody({ locale }: { locale: Locale }) {
  return (
    <>
      <LanguageSwitch locale={locale} alternates={fixedAlternates('consultation')} />
      <ConsultationView action={submitConsultation} shell={await loadBookingShell(locale)} locale={locale} />
    </>
  )
}

export type TimesSearchParams = Promise<{ tz?: string | string[]; day?: string | string[] }>

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** The same form with the free times rendered by the server for each request. */
export async function ConsultationTimesBody({
  locale,
  searchParams,
}: {
  locale: Locale
  searchParams: TimesSearchParams
}) {
  const query = await searchParams
  const shell = await loadBookingShell(locale)
  const times = await loadBookingTimes(shell, single(query.tz), locale)
  return (
    <>
      <LanguageSwitch locale={locale} alternates={fixedAlternates('consultation')} />
      <ConsultationView
        action={submitConsultation}
        shell={shell}
        times={times}
        initialDay={single(query.day)}
        locale={locale}
      />
    </>
  )
}

/** The booking is found through an HttpOnly cookie with its opaque reference: nothing in the URL. */
export async function ThanksBody({ locale }: { locale: Locale }) {
  const t = messages(locale).booking.thanks
  const [settings, reference] = await Promise.all([getSiteSettings(locale), confirmedReference()])
  const booking = reference ? await (await getBookingStore()).findByReference(reference) : null
  const phone = settings.phone

  return (
    <>
      <LanguageSwitch locale={locale} />
      <PageHeader locale={locale} title={booking ? t.bookedTitle : t.title} lead={booking ? t.bookedLead : t.lead} />
      <Container>
        <ConfirmationBody>
          {booking ? (
            <BookedCall
              when={formatDateTime(booking.slotStart, booking.timeZone, locale)}
              reference={booking.reference}
              locale={locale}
            />
          ) : null}
          <p>
            {t.callFromBefore}
            <a href={`tel:${phone.e164}`}>{phone.display}</a>
            {t.callFromAfter}
          </p>
          <CrisisNotice notice={settings.crisisNotice} lead={t.noWait} />
          <p>
            <Link href={paths.treatments(locale)}>{t.readTreatments}</Link>
            {t.whileYouWait}
          </p>
        </ConfirmationBody>
      </Container>
    </>
  )
}

export type CancelSearchParams = Promise<{ token?: string | string[] }>

/** Opening the link only shows the booking; cancelling takes a button press (link scanners open links too). */
export async function CancelBody({ locale, searchParams }: { locale: Locale; searchParams: CancelSearchParams }) {
  const t = messages(locale).booking.cancel
  const { token } = await searchParams
  const [settings, view] = await Promise.all([
    getSiteSettings(locale),
    cancelLinkView(typeof token === 'string' ? token : undefined, locale),
  ])
  const phone = settings.phone
  const call = <a href={`tel:${phone.e164}`}>{phone.display}</a>

  return (
    <>
      <LanguageSwitch locale={locale} />
      <PageHeader title={t.title} locale={locale} />
      <Container>
        <ConfirmationBody>
          {view.kind === 'form' ? (
            <CancelForm token={view.token} when={view.when} phone={phone} locale={locale} />
          ) : null}
          {view.kind === 'used' ? (
            <p role="status">
              {t.usedBefore}
              <strong>{view.when}</strong>
              {t.usedAfter}
              <Link href={paths.consultation(locale)}>{t.bookNewCap}</Link>
              {t.ifYouWould}
            </p>
          ) : null}
          {view.kind === 'expired' || view.kind === 'invalid' || view.kind === 'gone' || view.kind === 'unavailable' ? (
            <p role="alert">
              {t[view.kind]}
              {call}.
            </p>
          ) : null}
          <CrisisNotice notice={settings.crisisNotice} lead={messages(locale).booking.thanks.noWait} />
        </ConfirmationBody>
      </Container>
    </>
  )
}

import type { Metadata } from 'next'
import { ConsultationView } from '@/components/consultation/consultation-view'
import { loadBookingShell } from '@/lib/consultations/server/page-data'
import { paths } from '@/lib/routes'
import { submitConsultation } from './actions'

export const metadata: Metadata = {
  title: 'Book a free 15-minute phone consultation',
  description:
    'Choose a time for a free, no-commitment phone call with our care team about ketamine IV therapy and ketamine-assisted psychotherapy.',
  alternates: { canonical: paths.consultation() },
}

/**
 * Prerendered like the content pages, so a CDN can serve it: nothing in it changes with a
 * booking. The free times come from /api/consultation-slots in the browser, in the patient's
 * own time zone (or ?tz=); browsers without JavaScript are offered /consultation/times.
 */
export default async function ConsultationPage() {
  return <ConsultationView action={submitConsultation} shell={await loadBookingShell()} />
}

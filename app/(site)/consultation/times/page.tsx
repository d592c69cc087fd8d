import type { Metadata } from 'next'
import { ConsultationView } from '@/components/consultation/consultation-view'
import { loadBookingShell, loadBookingTimes } from '@/lib/consultations/server/page-data'
import { submitConsultation } from '../actions'
import { paths } from '@/lib/routes'

export const metadata: Metadata = {
  title: 'Book a free 15-minute phone consultation',
  alternates: { canonical: paths.consultation() },
  // The same form as /consultation, for browsers without JavaScript; only that one is indexed.
  robots: { index: false, follow: true },
}

// Free times change with every booking: rendered for each request.
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<{ tz?: string | string[]; day?: string | string[] }> }

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export default async function ConsultationTimesPage({ searchParams }: Props) {
  const query = await searchParams
  const shell = await loadBookingShell()
  const times = await loadBookingTimes(shell, single(query.tz))
  return <ConsultationView action={submitConsultation} shell={shell} times={times} initialDay={single(query.day)} />
}

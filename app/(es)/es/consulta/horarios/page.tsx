import {
  ConsultationTimesBody,
  consultationTimesMetadata,
  type TimesSearchParams,
} from '@/app/_pages/consultation/pages'

export const metadata = consultationTimesMetadata('es')

// Free times change with every booking: rendered for each request.
export const dynamic = 'force-dynamic'

export default function SpanishConsultationTimesPage({ searchParams }: { searchParams: TimesSearchParams }) {
  return <ConsultationTimesBody locale="es" searchParams={searchParams} />
}

import { CancelBody, cancelMetadata, type CancelSearchParams } from '@/app/_pages/consultation/pages'

export const metadata = cancelMetadata('es')

export const dynamic = 'force-dynamic'

export default function SpanishCancelConsultationPage({ searchParams }: { searchParams: CancelSearchParams }) {
  return <CancelBody locale="es" searchParams={searchParams} />
}

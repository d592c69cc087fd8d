import { CancelBody, cancelMetadata, type CancelSearchParams } from '@/app/_shared/consultation/pages'

export const metadata = cancelMetadata('en')

export const dynamic = 'force-dynamic'

export default function CancelConsultationPage({ searchParams }: { searchParams: CancelSearchParams }) {
  return <CancelBody locale="en" searchParams={searchParams} />
}

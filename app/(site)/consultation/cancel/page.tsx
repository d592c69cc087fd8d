import { CancelBody, cancelMetadata, type CancelSearchParams } from '@/app/_pages/consultation/pages'

export const metadata = cancelMetadata('en')

export const dynamic = 'force-dynamic'

export default function CancelConsultationPage({ searchParams }: { searchParams: CancelSearchParams }) {
  return <CancelBody locale="en" searchParams={searchParams} />
}

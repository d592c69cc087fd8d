import { ThanksBody, thanksMetadata } from '@/app/_pages/consultation/pages'

export const metadata = thanksMetadata('en')

export const dynamic = 'force-dynamic'

export default function ConsultationThanksPage() {
  return <ThanksBody locale="en" />
}

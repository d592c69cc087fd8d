import { ThanksBody, thanksMetadata } from '@/app/_shared/consultation/pages'

export const metadata = thanksMetadata('en')

export const dynamic = 'force-dynamic'

export default function ConsultationThanksPage() {
  return <ThanksBody locale="en" />
}

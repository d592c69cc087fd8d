import { ThanksBody, thanksMetadata } from '@/app/_pages/consultation/pages'

export const metadata = thanksMetadata('es')

export const dynamic = 'force-dynamic'

export default function SpanishConsultationThanksPage() {
  return <ThanksBody locale="es" />
}

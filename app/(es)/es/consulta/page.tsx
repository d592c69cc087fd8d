import { ConsultationPageBody, consultationMetadata } from '@/app/_pages/consultation/pages'

export const metadata = consultationMetadata('es')

/** /consultation in Spanish: prerendered the same way (see ConsultationPageBody). */
export default function SpanishConsultationPage() {
  return <ConsultationPageBody locale="es" />
}

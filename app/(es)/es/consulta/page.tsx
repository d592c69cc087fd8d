import { ConsultationPageBody, consultationMetadata } from '@/app/_shared/consultation/pages'

export const metadata = consultationMetadata('es')

/** /consultation in Spanish: prerendered the same way (see ConsultationPageBody). */
export default function SpanishConsultationPage() {
  return <ConsultationPageBody locale="es" />
}

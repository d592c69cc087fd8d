import { ConsultationPageBody, consultationMetadata } from '@/app/_pages/consultation/pages'

export const metadata = consultationMetadata('en')

/** Prerendered; see ConsultationPageBody. The Spanish twin is /es/consulta. */
export default function ConsultationPage() {
  return <ConsultationPageBody locale="en" />
}

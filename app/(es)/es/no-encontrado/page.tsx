import type { Metadata } from 'next'
import { NotFoundView } from '@/components/site/not-found-view'
import { messages } from '@/lib/i18n'

const t = messages('es').notFound

export const metadata: Metadata = {
  title: t.title,
  description: t.description,
  robots: { index: false, follow: true },
}

/**
 * The Spanish 404, in the Spanish chrome. The proxy sends it, with status 404, for every /es path
 * no Spanish page answers (lib/seo/known-paths.ts), including this one when asked for directly.
 */
export default function SpanishNotFoundPage() {
  return <NotFoundView locale="es" />
}

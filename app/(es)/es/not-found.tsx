import type { Metadata } from 'next'
import { NotFoundView } from '@/components/site/not-found-view'
import { messages } from '@/lib/i18n'

const t = messages('es').notFound

export const metadata: Metadata = { title: t.title, description: t.description }

/** The Spanish 404, inside the Spanish site's chrome (unknown /es paths and missing documents). */
export default function SpanishNotFound() {
  return <NotFoundView locale="es" />
}

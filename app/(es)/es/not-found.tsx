import type { Metadata } from 'next'
import { NotFoundView } from '@/components/site/not-found-view'
import { messages } from '@/lib/i18n'

const t = messages('es').notFound

export const metadata: Metadata = { title: t.title, description: t.description }

/** notFound() inside the Spanish site (a document missing on its own page): the Spanish 404. */
export default function SpanishNotFound() {
  return <NotFoundView locale="es" />
}

import type { Metadata } from 'next'
import { NotFoundView } from '@/components/site/not-found-view'

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'We couldn’t find that page.',
}

export default function NotFound() {
  return <NotFoundView />
}

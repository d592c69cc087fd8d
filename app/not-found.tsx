import type { Metadata } from 'next'
import { NotFoundView } from '@/components/site/not-found-view'
import { SiteChrome } from '@/components/site/site-chrome'
import './globals.css'

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'We couldn’t find that page.',
}

/** Unmatched URLs render outside app/(site), so this page brings the site chrome itself. */
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundView />
    </SiteChrome>
  )
}

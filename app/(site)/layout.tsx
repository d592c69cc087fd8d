import type { ReactNode } from 'react'
import { SiteChrome } from '@/components/site/site-chrome'
import '../globals.css'

/**
 * Pages are regenerated at most every 5 minutes in the background (and at once by the publish
 * webhook). Next turns this into `Cache-Control: s-maxage=300, stale-while-revalidate=...`, so
 * a CDN keeps serving and refreshes on its own; if the content API is down, the last good page
 * stays up.
 */
export const revalidate = 300

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>
}

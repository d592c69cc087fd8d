import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { SiteChrome } from '@/components/site/site-chrome'
import { rootMetadata, THEME_COLOR } from '@/lib/seo/root-metadata'
import '../globals.css'

/**
 * The English site's root layout (each language has its own, so `<html lang>` is right on every
 * page; /studio and /staff have theirs). Pages are regenerated at most every 5 minutes in the
 * background (and at once by the publish webhook). Next turns this into `Cache-Control:
 * s-maxage=300, stale-while-revalidate=...`, so a CDN keeps serving and refreshes on its own; if
 * the content API is down, the last good page stays up.
 */
export const revalidate = 300

export const generateMetadata = (): Promise<Metadata> => rootMetadata('en')

export const viewport: Viewport = { themeColor: THEME_COLOR }

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SiteChrome locale="en">{children}</SiteChrome>
      </body>
    </html>
  )
}

import type { Metadata } from 'next'
import { NotFoundView } from '@/components/site/not-found-view'
import { SiteChrome } from '@/components/site/site-chrome'
import { getSiteSettings } from '@/lib/content'
import './globals.css'

/** Rendered outside the root layout, so its title template is not applied: the clinic's name is added here. */
export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return { title: `Page not found | ${settings.clinicName}`, description: 'We couldn’t find that page.' }
}

/**
 * Unmatched URLs: a whole document of its own, with the site chrome.
 *
 * Why not app/not-found.tsx: Next serialises the root not-found boundary into every page's RSC
 * payload, so a root not-found that brings the site chrome sent a second copy of the header and
 * footer (about 10 KB of payload) with every page. global-not-found is rendered only for a 404.
 * notFound() inside the site renders app/(site)/not-found.tsx within the normal layout.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <SiteChrome locale="en">
          <NotFoundView />
        </SiteChrome>
      </body>
    </html>
  )
}

import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { NotFoundView } from '@/components/site/not-found-view'
import { SiteChrome } from '@/components/site/site-chrome'
import { getSiteSettings } from '@/lib/content'
import { messages } from '@/lib/i18n'
import { NOT_FOUND_LOCALE_HEADER, notFoundLocaleFrom } from '@/lib/i18n/not-found-locale'
import type { Locale } from '@/lib/routes'
import './globals.css'

/** The URL's language, as proxy.ts names it (this page is given neither the URL nor params). */
async function requestLocale(): Promise<Locale> {
  return notFoundLocaleFrom((await headers()).get(NOT_FOUND_LOCALE_HEADER))
}

/** Rendered outside the root layouts, so their title template is not applied: the clinic's name is added here. */
export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale()
  const settings = await getSiteSettings(locale)
  const t = messages(locale).notFound
  return { title: `${t.title} | ${settings.clinicName}`, description: t.description }
}

/**
 * Unmatched URLs and the proxy's rewrites of unknown content URLs: a whole document of its own,
 * with the site chrome, in the URL's language.
 *
 * Why not app/not-found.tsx: Next serialises the root not-found boundary into every page's RSC
 * payload, so a root not-found that brings the site chrome sent a second copy of the header and
 * footer (about 10 KB of payload) with every page. global-not-found is rendered only for a 404.
 *
 * Why here and not notFound() under app/(es)/es: each language has its own root layout, so there
 * is no app/layout.tsx for Next to render a not-found boundary in; a notFound() thrown by a page
 * (static or per request) comes back as an empty `__next_error__` document that only JavaScript
 * fills in. This page is the only 404 Next renders in full on the server.
 *
 * Reading the language makes this page render per request (404s are no-store anyway), so the proxy
 * gives every request that can end here a nonce policy (proxy.ts, notFoundPage).
 */
export default async function GlobalNotFound() {
  const locale = await requestLocale()
  return (
    <html lang={locale}>
      <body>
        <SiteChrome locale={locale}>
          <NotFoundView locale={locale} />
        </SiteChrome>
      </body>
    </html>
  )
}

import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { ClinicPhoneProvider } from '@/components/site/clinic-contact'
import { CrisisBanner } from '@/components/site/crisis-banner'
import { SiteFooter } from '@/components/site/site-footer'
import { SiteHeader } from '@/components/site/site-header'
import { SkipLink } from '@/components/site/skip-link'
import { getSiteSettings } from '@/lib/content'
import { env } from '@/lib/env'
import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { template: `%s | ${settings.clinicName}`, default: settings.clinicName },
    description: settings.seo?.metaDescription ?? settings.tagline,
    applicationName: settings.clinicName,
    openGraph: { siteName: settings.clinicName, locale: 'en_US' },
    alternates: { types: { 'application/rss+xml': [{ url: '/blog/feed.xml', title: `${settings.clinicName}: articles` }] } },
  }
}

export const viewport: Viewport = {
  themeColor: '#2f5d62',
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const settings = await getSiteSettings()
  return (
    <html lang="en">
      <body>
        <SkipLink />
        <CrisisBanner notice={settings.crisisNotice} />
        <SiteHeader clinicName={settings.clinicName} phone={settings.phone} />
        {/* tabIndex lets the skip link move focus here in every browser, not just scroll. */}
        <main id="main" tabIndex={-1}>
          <ClinicPhoneProvider phone={settings.phone}>{children}</ClinicPhoneProvider>
        </main>
        <SiteFooter settings={settings} />
      </body>
    </html>
  )
}

import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { getSiteSettings } from '@/lib/content'
import { env } from '@/lib/env'
import { paths } from '@/lib/routes'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { template: `%s | ${settings.clinicName}`, default: settings.clinicName },
    description: settings.seo?.metaDescription ?? settings.tagline,
    applicationName: settings.clinicName,
    openGraph: { siteName: settings.clinicName, locale: 'en_US' },
    alternates: {
      types: { 'application/rss+xml': [{ url: paths.feed(), title: `${settings.clinicName}: articles` }] },
    },
  }
}

export const viewport: Viewport = {
  themeColor: '#2f5d62',
}

/** Bare document: the public site adds its chrome in app/(site)/layout.tsx; /studio stays full-screen. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}

/**
 * What every page of one language's site shares in its <head>: the base URL for absolute links,
 * the title template, Open Graph's site name and locale, and that language's RSS feed.
 */
import 'server-only'
import type { Metadata } from 'next'
import { getSiteSettings } from '@/lib/content'
import { env } from '@/lib/env'
import { OG_LOCALES, messages } from '@/lib/i18n'
import { paths, type Locale } from '@/lib/routes'

export async function rootMetadata(locale: Locale): Promise<Metadata> {
  const settings = await getSiteSettings(locale)
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { template: `%s | ${settings.clinicName}`, default: settings.clinicName },
    description: settings.seo?.metaDescription ?? settings.tagline,
    applicationName: settings.clinicName,
    openGraph: { siteName: settings.clinicName, locale: OG_LOCALES[locale] },
    alternates: {
      types: {
        'application/rss+xml': [
          { url: paths.feed(locale), title: `${settings.clinicName}: ${messages(locale).feedTitle}` },
        ],
      },
    },
  }
}

export const THEME_COLOR = '#2f5d62'

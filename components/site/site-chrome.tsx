import type { ReactNode } from 'react'
import { PreviewChrome } from '@/components/preview/preview-chrome'
import { getLocations, getSiteSettings } from '@/lib/content'
import type { Locale } from '@/lib/routes'
import { ClinicContactProvider } from './clinic-contact'
import { CrisisBanner } from './crisis-banner'
import { SiteFooter } from './site-footer'
import { SiteHeader } from './site-header'
import { SkipLink } from './skip-link'

/**
 * Everything around a public page, in the page's language: skip link, crisis notice, header,
 * footer (and the preview bar).
 */
export async function SiteChrome({ children, locale }: { children: ReactNode; locale: Locale }) {
  const [settings, locations] = await Promise.all([getSiteSettings(locale), getLocations()])
  return (
    <>
      <SkipLink locale={locale} />
      <PreviewChrome />
      <CrisisBanner notice={settings.crisisNotice} locale={locale} />
      <SiteHeader clinicName={settings.clinicName} phone={settings.phone} locale={locale} />
      {/* tabIndex lets the skip link move focus here in every browser, not just scroll. */}
      <main id="main" tabIndex={-1}>
        <ClinicContactProvider contact={{ phone: settings.phone, crisisNotice: settings.crisisNotice }}>
          {children}
        </ClinicContactProvider>
      </main>
      <SiteFooter settings={settings} locations={locations} locale={locale} />
    </>
  )
}

import type { ReactNode } from 'react'
import { PreviewChrome } from '@/components/preview/preview-chrome'
import { getLocations, getSiteSettings } from '@/lib/content'
import { ClinicContactProvider } from './clinic-contact'
import { CrisisBanner } from './crisis-banner'
import { SiteFooter } from './site-footer'
import { SiteHeader } from './site-header'
import { SkipLink } from './skip-link'

/** Everything around a public page: skip link, crisis notice, header, footer (and the preview bar). */
export async function SiteChrome({ children }: { children: ReactNode }) {
  const [settings, locations] = await Promise.all([getSiteSettings(), getLocations()])
  return (
    <>
      <SkipLink />
      <PreviewChrome />
      <CrisisBanner notice={settings.crisisNotice} />
      <SiteHeader clinicName={settings.clinicName} phone={settings.phone} />
      {/* tabIndex lets the skip link move focus here in every browser, not just scroll. */}
      <main id="main" tabIndex={-1}>
        <ClinicContactProvider contact={{ phone: settings.phone, crisisNotice: settings.crisisNotice }}>
          {children}
        </ClinicContactProvider>
      </main>
      <SiteFooter settings={settings} locations={locations} />
    </>
  )
}

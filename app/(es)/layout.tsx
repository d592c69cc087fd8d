import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { SiteChrome } from '@/components/site/site-chrome'
import { rootMetadata, THEME_COLOR } from '@/lib/seo/root-metadata'
import '../globals.css'

/** The Spanish site's root layout: every page under /es, `<html lang="es">`. See app/(site)/layout.tsx. */
export const revalidate = 300

export const generateMetadata = (): Promise<Metadata> => rootMetadata('es')

export const viewport: Viewport = { themeColor: THEME_COLOR }

export default function SpanishSiteLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="es">
      <body>
        <SiteChrome locale="es">{children}</SiteChrome>
      </body>
    </html>
  )
}

import type { ReactNode } from 'react'
import { SiteChrome } from '@/components/site/site-chrome'
import '../globals.css'

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>
}

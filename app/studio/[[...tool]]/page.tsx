/**
 * The embedded Sanity Studio. Static shell: the Studio is a client app that talks to the
 * Content Lake from the browser. Never indexed; no site chrome (its own root layout, app/studio/layout.tsx).
 */
import type { Metadata } from 'next'
import { NextStudio, metadata as studioMetadata } from 'next-sanity/studio'
import config from '@/sanity.config'
import styles from './studio.module.css'

export const dynamic = 'force-static'

export { viewport } from 'next-sanity/studio'

export const metadata: Metadata = {
  ...studioMetadata,
  title: 'Studio',
  robots: { index: false, follow: false },
}

export default function StudioPage() {
  return (
    <div className={styles.frame}>
      <NextStudio config={config} />
    </div>
  )
}

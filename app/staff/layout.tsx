import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import styles from './staff.module.css'
import '../globals.css'

/** Staff only (a root layout of its own): no site chrome, never indexed, nothing third-party. */
export const metadata: Metadata = {
  title: { absolute: 'Care team inbox' },
  robots: { index: false, follow: false, nocache: true, googleBot: { index: false, follow: false } },
  referrer: 'same-origin',
}

export default function StaffLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <div className={styles.shell}>
          <header className={styles.header}>
            <p className={styles.brand}>Care team inbox</p>
          </header>
          <main id="main" className={styles.main}>
            {children}
          </main>
        </div>
      </body>
    </html>
  )
}

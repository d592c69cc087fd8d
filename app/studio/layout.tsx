import type { ReactNode } from 'react'

/** The Studio's own document: no site chrome, no site stylesheet (the Studio brings its own). */
export default function StudioLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}

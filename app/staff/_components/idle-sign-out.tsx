'use client'

import { useEffect } from 'react'
import { paths } from '@/lib/routes'

/**
 * Automatic logoff on screen: the server ends a session after 15 minutes without a request, but
 * the page already shown would stay on the screen with patients' names. When the same time has
 * passed since this page was loaded, the browser leaves it for the sign-in page.
 */
export function IdleSignOut({ minutes }: { minutes: number }) {
  useEffect(() => {
    const timer = setTimeout(() => window.location.replace(`${paths.staffSignIn()}?idle=1`), minutes * 60_000)
    return () => clearTimeout(timer)
  }, [minutes])
  return null
}

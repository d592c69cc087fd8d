'use client'

import NextLink from 'next/link'
import { usePathname, useRouter } from 'next/navigation'
import { useEffect, type ComponentProps } from 'react'

type NextLinkProps = ComponentProps<typeof NextLink>

export type LinkProps = Omit<NextLinkProps, 'href' | 'prefetch'> & {
  href: string
  /**
   * `intent` (default): prefetch when the pointer rests on the link, it gets focus or a finger
   * touches it. `idle`: prefetch once the page has loaded and the browser is idle; kept for the
   * booking route, the one place most visits lead.
   */
  prefetch?: 'intent' | 'idle'
}

/** Waits for the load event, then for an idle moment (a timeout where there is no requestIdleCallback). */
function whenIdleAfterLoad(callback: () => void): () => void {
  let cancelIdle = () => {}
  const schedule = () => {
    if ('requestIdleCallback' in window) {
      const id = window.requestIdleCallback(callback, { timeout: 3000 })
      cancelIdle = () => window.cancelIdleCallback(id)
    } else {
      const id = setTimeout(callback, 1000)
      cancelIdle = () => clearTimeout(id)
    }
  }
  if (document.readyState === 'complete') schedule()
  else window.addEventListener('load', schedule, { once: true })
  return () => {
    window.removeEventListener('load', schedule)
    cancelIdle()
  }
}

/**
 * The site's route links: Next's client-side navigation without its viewport prefetching.
 *
 * Why: by default every `<Link>` prefetches its route as soon as it scrolls into view. On a
 * content page that was about fifteen RSC requests (several for the same route) while a patient's
 * phone was still loading the page, competing for its network and main thread. Here a route is
 * fetched when someone shows they may follow the link, and the booking route once the page has
 * settled. Following a link that was never prefetched still works: Next fetches it on click.
 */
export function Link({ href, prefetch = 'intent', onMouseEnter, onFocus, onTouchStart, ...rest }: LinkProps) {
  const router = useRouter()
  const pathname = usePathname()

  useEffect(() => {
    // On the booking page itself there is nothing to prefetch.
    if (prefetch !== 'idle' || pathname === href) return
    return whenIdleAfterLoad(() => router.prefetch(href))
  }, [prefetch, href, pathname, router])

  const prefetchNow = () => router.prefetch(href)
  return (
    <NextLink
      {...rest}
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        prefetchNow()
        onMouseEnter?.(event)
      }}
      onFocus={(event) => {
        prefetchNow()
        onFocus?.(event)
      }}
      onTouchStart={(event) => {
        prefetchNow()
        onTouchStart?.(event)
      }}
    />
  )
}

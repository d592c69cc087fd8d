'use client'

import { useEffect, useRef } from 'react'

/**
 * Progressive enhancement for the <details> mobile menu, which works without JavaScript.
 * With it: following a link closes the menu (client-side navigation keeps the layout, so the
 * menu would otherwise stay open over the new page), and Escape closes it and returns focus
 * to the toggle. Only on pages that hydrate: content pages are served without React, and their
 * Escape handler is inline (closeMenuOnEscape in lib/cache/script-free-page.cjs).
 */
export function MenuCloser() {
  const ref = useRef<HTMLSpanElement>(null)

  useEffect(() => {
    const details = ref.current?.closest('details')
    if (!details) return
    const close = () => details.removeAttribute('open')
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('a')) close()
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details.open) return
      close()
      details.querySelector('summary')?.focus()
    }
    details.addEventListener('click', onClick)
    details.addEventListener('keydown', onKeyDown)
    return () => {
      details.removeEventListener('click', onClick)
      details.removeEventListener('keydown', onKeyDown)
    }
  }, [])

  return <span ref={ref} hidden />
}

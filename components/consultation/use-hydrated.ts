'use client'

import { useSyncExternalStore } from 'react'

const subscribeNothing = () => () => undefined

/** False during the server render and hydration, true once React runs in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  )
}

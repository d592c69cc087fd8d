import type { ReactNode } from 'react'

/** Text for screen readers only (e.g. "(opens in a new tab)"); styled by the global utility class. */
export function VisuallyHidden({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <span className="visually-hidden" id={id}>
      {children}
    </span>
  )
}

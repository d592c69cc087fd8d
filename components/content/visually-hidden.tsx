import type { ReactNode } from 'react'
import styles from './visually-hidden.module.css'

/** Text for screen readers only (e.g. "(opens in a new tab)"); kept local so it needs no global class. */
export function VisuallyHidden({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <span className={styles.visuallyHidden} id={id}>
      {children}
    </span>
  )
}

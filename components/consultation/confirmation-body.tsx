import type { ReactNode } from 'react'
import styles from './confirmation-body.module.css'

/** The column of short paragraphs under the heading of the thanks and cancel pages. */
export function ConfirmationBody({ children }: { children: ReactNode }) {
  return <div className={styles.body}>{children}</div>
}

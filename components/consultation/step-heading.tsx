import type { ReactNode } from 'react'
import styles from './step-heading.module.css'

/** "1 Choose a time": the number is decoration, the words are the heading screen readers list. */
export function StepHeading({ id, number, children }: { id: string; number: number; children: ReactNode }) {
  return (
    <h2 id={id} className={styles.title}>
      <span className={styles.number} aria-hidden="true">
        {number}
      </span>{' '}
      {children}
    </h2>
  )
}

import type { ReactNode } from 'react'
import styles from './step.module.css'

type StepProps = { id: string; number: number; title: string; children: ReactNode }

/** One numbered step of the booking page, named by its heading ("1 Choose a time"). */
export function Step({ id, number, title, children }: StepProps) {
  return (
    <section aria-labelledby={id} className={styles.step}>
      <h2 id={id} className={styles.title}>
        {/* The number is decoration; the words are the heading screen readers list. */}
        <span className={styles.number} aria-hidden="true">
          {number}
        </span>{' '}
        {title}
      </h2>
      {children}
    </section>
  )
}

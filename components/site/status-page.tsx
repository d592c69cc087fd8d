import type { ReactNode } from 'react'
import styles from './status-page.module.css'

type StatusPageProps = {
  eyebrow: string
  title: string
  children: ReactNode
}

/** Calm layout for the 404 and error screens: one h1, a few sentences, clear ways onward. */
export function StatusPage({ eyebrow, title, children }: StatusPageProps) {
  return (
    <div className={styles.wrap}>
      <p className={styles.eyebrow}>{eyebrow}</p>
      <h1 className={styles.title}>{title}</h1>
      <div className={styles.body}>{children}</div>
    </div>
  )
}

export const statusStyles = styles

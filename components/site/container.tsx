import type { ReactNode } from 'react'
import styles from './container.module.css'

type ContainerProps = {
  children: ReactNode
  /** `page` for layouts and grids, `reading` for running text (about 70 characters a line). */
  width?: 'page' | 'reading'
  className?: string
}

/** Centres content with the site's gutters; every section uses it so edges line up. */
export function Container({ children, width = 'page', className }: ContainerProps) {
  const classes = [styles.container, width === 'reading' ? styles.reading : styles.page, className]
  return <div className={classes.filter(Boolean).join(' ')}>{children}</div>
}

import type { ReactNode } from 'react'
import styles from './section.module.css'

type SectionProps = {
  /** Id of the section's heading, so the region is named by it. */
  labelledBy: string
  children: ReactNode
  tone?: 'plain' | 'tinted'
  /** Directly under a page header: less space above, none below (the footer brings its own). */
  tight?: boolean
  className?: string
}

/** A vertical band of the page with consistent spacing; tinted bands alternate for rhythm. */
export function Section({ labelledBy, children, tone = 'plain', tight = false, className }: SectionProps) {
  const classes = [styles.section, tone === 'tinted' ? styles.tinted : '', tight ? styles.tight : '', className]
    .filter(Boolean)
    .join(' ')
  return (
    <section aria-labelledby={labelledBy} className={classes}>
      {children}
    </section>
  )
}

type SectionHeadingProps = {
  id: string
  title: string
  eyebrow?: string
  lead?: string
  /** A link shown beside the heading from tablet width up, e.g. "All articles". */
  action?: ReactNode
}

export function SectionHeading({ id, title, eyebrow, lead, action }: SectionHeadingProps) {
  return (
    <div className={styles.heading}>
      <div className={styles.headingText}>
        {eyebrow ? <p className={styles.eyebrow}>{eyebrow}</p> : null}
        <h2 id={id}>{title}</h2>
        {lead ? <p className={styles.lead}>{lead}</p> : null}
      </div>
      {action ? <div className={styles.action}>{action}</div> : null}
    </div>
  )
}

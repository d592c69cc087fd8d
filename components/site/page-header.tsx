import type { ReactNode } from 'react'
import { DEFAULT_LOCALE, type Locale } from '@/lib/routes'
import { Breadcrumb, type BreadcrumbItem } from './breadcrumb'
import styles from './page-header.module.css'

type PageHeaderProps = {
  title: string
  /** Short line above the title, e.g. the section name. */
  eyebrow?: string
  lead?: string | null
  breadcrumb?: readonly BreadcrumbItem[]
  /** Extra content under the lead (a byline, actions). */
  children?: ReactNode
  /** Optional visual on the right from 56rem up (a hero image). */
  aside?: ReactNode
  /** The page's language, for the breadcrumb's name. */
  locale?: Locale
}

/** The band at the top of an inner page: breadcrumb, the page's only h1, and its lead. */
export function PageHeader({
  title,
  eyebrow,
  lead,
  breadcrumb,
  children,
  aside,
  locale = DEFAULT_LOCALE,
}: PageHeaderProps) {
  return (
    <header className={styles.band}>
      <div className={[styles.inner, aside ? styles.withAside : ''].filter(Boolean).join(' ')}>
        <div className={styles.text}>
          {breadcrumb ? <Breadcrumb items={breadcrumb} locale={locale} /> : null}
          {eyebrow ? <p className={styles.eyebrow}>{eyebrow}</p> : null}
          <h1 className={styles.title}>{title}</h1>
          {lead ? <p className={styles.lead}>{lead}</p> : null}
          {children ? <div className={styles.extra}>{children}</div> : null}
        </div>
        {aside ? <div className={styles.aside}>{aside}</div> : null}
      </div>
    </header>
  )
}

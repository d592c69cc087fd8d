import { Link } from '@/components/site/link'
import type { ReactNode } from 'react'
import styles from './button.module.css'

type ButtonLinkProps = {
  href: string
  children: ReactNode
  variant?: 'primary' | 'secondary'
  className?: string
}

/** A link that looks like a button: navigation stays a real link (middle-click, no JS). */
export function ButtonLink({ href, children, variant = 'primary', className }: ButtonLinkProps) {
  const classes = [styles.button, styles[variant], className].filter(Boolean).join(' ')
  // tel:, mailto: and anchors are not routes: a plain <a> avoids Link's prefetch machinery.
  if (!href.startsWith('/')) {
    return (
      <a href={href} className={classes}>
        {children}
      </a>
    )
  }
  return (
    <Link href={href} className={classes}>
      {children}
    </Link>
  )
}

export const buttonStyles = styles

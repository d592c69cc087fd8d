import { Link } from '@/components/site/link'
import styles from './compare-link.module.css'

type CompareLinkProps = {
  href: string
  title: string
  text: string
}

/** A quiet banner pointing to a side-by-side comparison; the whole row is one link. */
export function CompareLink({ href, title, text }: CompareLinkProps) {
  return (
    <Link href={href} className={styles.link}>
      <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false" className={styles.icon}>
        <rect x="3" y="4" width="7.5" height="16" rx="2" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <rect x="13.5" y="4" width="7.5" height="16" rx="2" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path
          d="M5.5 9h2.5M5.5 12h2.5M16 9h2.5M16 12h2.5"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
        />
      </svg>
      <span className={styles.text}>
        <span className={styles.title}>{title}</span>
        <span className={styles.description}>{text}</span>
      </span>
      <span className={styles.arrow} aria-hidden="true">
        →
      </span>
    </Link>
  )
}

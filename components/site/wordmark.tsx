import styles from './wordmark.module.css'

/**
 * The clinic's mark: two overlapping rounded forms (calm, human), drawn inline so it costs no
 * request. The name stays real text so it is read, translated and zoomed like any other.
 */
export function Wordmark({ clinicName }: { clinicName: string }) {
  return (
    <span className={styles.wordmark}>
      <svg className={styles.mark} viewBox="0 0 40 40" width="36" height="36" aria-hidden="true" focusable="false">
        <circle cx="20" cy="20" r="19" fill="var(--color-primary)" />
        <path d="M11 25c3-8.5 9.5-13 18-13.5-1.5 9-7 15-18 13.5Z" fill="var(--color-accent)" />
        <path
          d="M11 25c5-3.5 9.5-6.5 14-9.5"
          stroke="var(--color-primary)"
          strokeWidth="1.6"
          strokeLinecap="round"
          fill="none"
        />
      </svg>
      <span className={styles.name}>{clinicName}</span>
    </span>
  )
}

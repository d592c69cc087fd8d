import styles from './skip-link.module.css'

/** First focusable element on every page: jumps keyboard and switch users past the header. */
export function SkipLink({ targetId = 'main' }: { targetId?: string }) {
  return (
    <a href={`#${targetId}`} className={styles.skipLink}>
      Skip to main content
    </a>
  )
}

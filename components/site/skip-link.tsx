import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, type Locale } from '@/lib/routes'
import styles from './skip-link.module.css'

/** First focusable element on every page: jumps keyboard and switch users past the header. */
export function SkipLink({ targetId = 'main', locale = DEFAULT_LOCALE }: { targetId?: string; locale?: Locale }) {
  return (
    <a href={`#${targetId}`} className={styles.skipLink}>
      {messages(locale).chrome.skipLink}
    </a>
  )
}

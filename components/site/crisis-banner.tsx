import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, type Locale } from '@/lib/routes'
import { CrisisNoticeText } from './crisis-notice'
import styles from './crisis-banner.module.css'

/** The site-wide crisis line notice: first thing on every page, under the skip link. */
export function CrisisBanner({ notice, locale = DEFAULT_LOCALE }: { notice?: string | null; locale?: Locale }) {
  return (
    <aside className={styles.banner} aria-label={messages(locale).chrome.crisisRegion}>
      <p className={styles.text}>
        <span className={styles.icon} aria-hidden="true">
          <svg viewBox="0 0 20 20" width="18" height="18" focusable="false">
            <path
              fill="currentColor"
              d="M10 17.5s-6.5-4.1-6.5-8.7A3.6 3.6 0 0 1 10 6.6a3.6 3.6 0 0 1 6.5 2.2c0 4.6-6.5 8.7-6.5 8.7Z"
            />
          </svg>
        </span>
        <span>
          <CrisisNoticeText notice={notice} linkClassName={styles.link} />
        </span>
      </p>
    </aside>
  )
}

import type { PostSummary } from '@/lib/content/schemas'
import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, type Locale } from '@/lib/routes'
import { PostCard } from './post-card'
import styles from './post-grid.module.css'

type PostGridProps = {
  posts: readonly PostSummary[]
  headingLevel?: 2 | 3
  timeZone?: string
  /** Shown instead of an empty grid. */
  emptyMessage?: string
  locale?: Locale
}

/** Article cards in a responsive grid: one column on a phone, up to three on a desktop. */
export function PostGrid({ posts, headingLevel = 2, timeZone, emptyMessage, locale = DEFAULT_LOCALE }: PostGridProps) {
  if (posts.length === 0) {
    return <p className={styles.empty}>{emptyMessage ?? messages(locale).content.noArticles}</p>
  }
  return (
    <ul role="list" className={styles.grid}>
      {posts.map((post) => (
        <li key={post._id}>
          <PostCard post={post} headingLevel={headingLevel} timeZone={timeZone} locale={locale} />
        </li>
      ))}
    </ul>
  )
}

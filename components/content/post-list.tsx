import { Link } from '@/components/site/link'
import type { PostSummary } from '@/lib/content/schemas'
import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, paths, type Locale } from '@/lib/routes'
import { FormattedDate } from './formatted-date'
import styles from './post-list.module.css'

type PostListProps = {
  posts: readonly PostSummary[]
  /** Whose profile this is: each entry says whether they wrote or medically reviewed it. */
  personSlug: string
  timeZone?: string
  emptyMessage: string
  locale?: Locale
}

/**
 * A compact article list for profiles: a clinician may review every article on the site,
 * and fifteen image cards would bury the page on a phone.
 */
export function PostList({ posts, personSlug, timeZone, emptyMessage, locale = DEFAULT_LOCALE }: PostListProps) {
  if (posts.length === 0) return <p className={styles.empty}>{emptyMessage}</p>
  const t = messages(locale).content.postList
  return (
    <ul role="list" className={styles.list}>
      {posts.map((post) => (
        <li key={post._id} className={styles.item}>
          <h3 className={styles.title}>
            <Link href={paths.post(post.slug, locale)}>{post.title}</Link>
          </h3>
          <p className={styles.meta}>
            <span className={styles.role}>{post.author.slug === personSlug ? t.author : t.reviewer}</span>
            <span aria-hidden="true"> · </span>
            <FormattedDate date={post.publishedAt} timeZone={timeZone} locale={locale} />
          </p>
        </li>
      ))}
    </ul>
  )
}

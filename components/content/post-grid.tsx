import type { PostSummary } from '@/lib/content/schemas'
import { PostCard } from './post-card'
import styles from './post-grid.module.css'

type PostGridProps = {
  posts: readonly PostSummary[]
  headingLevel?: 2 | 3
  timeZone?: string
  /** Shown instead of an empty grid. */
  emptyMessage?: string
}

/** Article cards in a responsive grid: one column on a phone, up to three on a desktop. */
export function PostGrid({ posts, headingLevel = 2, timeZone, emptyMessage = 'No articles yet.' }: PostGridProps) {
  if (posts.length === 0) return <p className={styles.empty}>{emptyMessage}</p>
  return (
    <ul role="list" className={styles.grid}>
      {posts.map((post) => (
        <li key={post._id}>
          <PostCard post={post} headingLevel={headingLevel} timeZone={timeZone} />
        </li>
      ))}
    </ul>
  )
}

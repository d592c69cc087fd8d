import { Link } from '@/components/site/link'
import { VisuallyHidden } from './visually-hidden'
import styles from './pagination.module.css'

type PaginationProps = {
  page: number
  pageCount: number
  /** The path of page N of the listing, e.g. `paths.blogPage` (lib/routes). */
  pageHref: (page: number) => string
}

/**
 * Page numbers to show: always the first, last, current and its neighbours; gaps become an
 * ellipsis, so the list stays short on a phone however many pages there are.
 */
export function pageItems(page: number, pageCount: number): Array<number | 'gap'> {
  const wanted = new Set([1, pageCount, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pageCount))
  const sorted = [...wanted].sort((a, b) => a - b)
  const items: Array<number | 'gap'> = []
  for (const p of sorted) {
    const last = items.at(-1)
    if (typeof last === 'number' && p - last === 2) items.push(p - 1)
    else if (typeof last === 'number' && p - last > 2) items.push('gap')
    items.push(p)
  }
  return items
}

export function Pagination({ page, pageCount, pageHref }: PaginationProps) {
  if (pageCount <= 1) return null
  const items = pageItems(page, pageCount)
  return (
    <nav aria-label="Pagination" className={styles.nav}>
      <ul role="list" className={styles.list}>
        {page > 1 ? (
          <li>
            <Link href={pageHref(page - 1)} rel="prev" className={styles.link}>
              <span aria-hidden="true">←</span>
              <span className={styles.stepLabel}>Previous</span>
              <VisuallyHidden> page</VisuallyHidden>
            </Link>
          </li>
        ) : null}
        {items.map((item, i) =>
          item === 'gap' ? (
            // A gap sits between two distinct numbers, so its neighbour makes a stable key.
            <li key={`gap-after-${String(items[i - 1])}`} className={styles.gap} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item}>
              <Link
                href={pageHref(item)}
                aria-current={item === page ? 'page' : undefined}
                className={item === page ? `${styles.link} ${styles.current}` : styles.link}
              >
                <VisuallyHidden>Page </VisuallyHidden>
                {item}
              </Link>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={pageHref(page + 1)} rel="next" className={styles.link}>
              <span className={styles.stepLabel}>Next</span>
              <VisuallyHidden> page</VisuallyHidden>
              <span aria-hidden="true">→</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}

import { Link } from '@/components/site/link'
import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, type Locale } from '@/lib/routes'
import { VisuallyHidden } from './visually-hidden'
import styles from './pagination.module.css'

type PaginationProps = {
  page: number
  pageCount: number
  /** The path of page N of the listing, e.g. `paths.blogPage` (lib/routes). */
  pageHref: (page: number) => string
  locale?: Locale
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

export function Pagination({ page, pageCount, pageHref, locale = DEFAULT_LOCALE }: PaginationProps) {
  if (pageCount <= 1) return null
  const t = messages(locale).content.pagination
  // Spanish reads "Anterior"/"Siguiente" on their own; English adds a hidden " page".
  const stepSuffix = t.stepSuffix ? <VisuallyHidden>{t.stepSuffix}</VisuallyHidden> : null
  const items = pageItems(page, pageCount)
  return (
    <nav aria-label={t.label} className={styles.nav}>
      <ul role="list" className={styles.list}>
        {page > 1 ? (
          <li>
            <Link href={pageHref(page - 1)} rel="prev" className={styles.link}>
              <span aria-hidden="true">←</span>
              <span className={styles.stepLabel}>{t.previous}</span>
              {stepSuffix}
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
                <VisuallyHidden>{t.pagePrefix}</VisuallyHidden>
                {item}
              </Link>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={pageHref(page + 1)} rel="next" className={styles.link}>
              <span className={styles.stepLabel}>{t.next}</span>
              {stepSuffix}
              <span aria-hidden="true">→</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}

import { Link } from '@/components/site/link'
import { JsonLdScript } from '@/components/seo/json-ld'
import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, type Locale } from '@/lib/routes'
import { breadcrumbJsonLd } from '@/lib/seo/json-ld'
import styles from './breadcrumb.module.css'

export type BreadcrumbItem = { label: string; href: string }

/**
 * "Home / Treatments / Ketamine IV therapy". The last item is the current page: announced with
 * aria-current and not a link, since a link to where you already are only adds a tab stop.
 */
export function Breadcrumb({ items, locale = DEFAULT_LOCALE }: { items: readonly BreadcrumbItem[]; locale?: Locale }) {
  return (
    <nav aria-label={messages(locale).chrome.breadcrumb} className={styles.breadcrumb}>
      {/* Crawlers get the same trail as structured data. */}
      <JsonLdScript data={breadcrumbJsonLd([...items])} />
      <ol role="list" className={styles.list}>
        {items.map((item, position) => {
          const current = position === items.length - 1
          return (
            <li key={item.href} className={styles.item}>
              {current ? (
                <span aria-current="page" className={styles.current}>
                  {item.label}
                </span>
              ) : (
                <Link href={item.href}>{item.label}</Link>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}

import { Link } from '@/components/site/link'
import type { Category } from '@/lib/content/schemas'
import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, paths, type Locale } from '@/lib/routes'
import styles from './category-nav.module.css'

type CategoryNavProps = {
  categories: readonly Pick<Category, 'slug' | 'title'>[]
  /** The category being shown; undefined on the all-articles listing. */
  current?: string
  locale?: Locale
}

/** Filter links for the article index; plain links, so filtering works without JavaScript. */
export function CategoryNav({ categories, current, locale = DEFAULT_LOCALE }: CategoryNavProps) {
  if (categories.length === 0) return null
  const t = messages(locale).content
  return (
    <nav aria-label={t.articleCategories} className={styles.nav}>
      <ul role="list" className={styles.list}>
        <li>
          <Link
            href={paths.blog(locale)}
            className={styles.link}
            aria-current={current === undefined ? 'page' : undefined}
          >
            {t.allArticles}
          </Link>
        </li>
        {categories.map((category) => (
          <li key={category.slug}>
            <Link
              href={paths.category(category.slug, locale)}
              className={styles.link}
              aria-current={current === category.slug ? 'page' : undefined}
            >
              {category.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}

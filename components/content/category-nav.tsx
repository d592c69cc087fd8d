import { Link } from '@/components/site/link'
import type { Category } from '@/lib/content/schemas'
import { paths } from '@/lib/routes'
import styles from './category-nav.module.css'

type CategoryNavProps = {
  categories: readonly Pick<Category, 'slug' | 'title'>[]
  /** The category being shown; undefined on the all-articles listing. */
  current?: string
}

/** Filter links for the article index; plain links, so filtering works without JavaScript. */
export function CategoryNav({ categories, current }: CategoryNavProps) {
  if (categories.length === 0) return null
  return (
    <nav aria-label="Article categories" className={styles.nav}>
      <ul role="list" className={styles.list}>
        <li>
          <Link href={paths.blog()} className={styles.link} aria-current={current === undefined ? 'page' : undefined}>
            All articles
          </Link>
        </li>
        {categories.map((category) => (
          <li key={category.slug}>
            <Link
              href={paths.category(category.slug)}
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

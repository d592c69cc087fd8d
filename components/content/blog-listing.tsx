import { Container } from '@/components/site/container'
import { PageHeader } from '@/components/site/page-header'
import type { BreadcrumbItem } from '@/components/site/breadcrumb'
import type { Category, PostSummary } from '@/lib/content/schemas'
import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, paths, type Locale } from '@/lib/routes'
import { CategoryNav } from './category-nav'
import { Pagination } from './pagination'
import { PostGrid } from './post-grid'
import styles from './blog-listing.module.css'

/** English callers' lead; per language it is `messages(locale).pages.blog.lead`. */
export const BLOG_LEAD = messages(DEFAULT_LOCALE).pages.blog.lead

type BlogListingProps = {
  title: string
  lead?: string | null
  eyebrow?: string
  breadcrumb: readonly BreadcrumbItem[]
  posts: readonly PostSummary[]
  categories: readonly Pick<Category, 'slug' | 'title'>[]
  currentCategory?: string
  /** Only the paginated index passes this; category pages list every post. */
  pagination?: { page: number; pageCount: number }
  timeZone?: string
  locale?: Locale
}

/** The article index, its pages and the category pages share this one layout. */
export function BlogListing(props: BlogListingProps) {
  const locale = props.locale ?? DEFAULT_LOCALE
  return (
    <>
      <PageHeader
        title={props.title}
        eyebrow={props.eyebrow}
        lead={props.lead}
        breadcrumb={props.breadcrumb}
        locale={locale}
      />
      <Container className={styles.body}>
        <CategoryNav categories={props.categories} current={props.currentCategory} locale={locale} />
        <PostGrid
          posts={props.posts}
          timeZone={props.timeZone}
          emptyMessage={messages(locale).content.noArticlesHere}
          locale={locale}
        />
        {props.pagination ? (
          <Pagination
            page={props.pagination.page}
            pageCount={props.pagination.pageCount}
            pageHref={(page) => paths.blogPage(page, locale)}
            locale={locale}
          />
        ) : null}
      </Container>
    </>
  )
}

import { Container } from '@/components/site/container'
import { PageHeader } from '@/components/site/page-header'
import type { BreadcrumbItem } from '@/components/site/breadcrumb'
import type { Category, PostSummary } from '@/lib/content/schemas'
import { paths } from '@/lib/routes'
import { CategoryNav } from './category-nav'
import { Pagination } from './pagination'
import { PostGrid } from './post-grid'
import styles from './blog-listing.module.css'

export const BLOG_LEAD =
  'Clear, medically reviewed writing about ketamine treatment, depression and recovery, and what to expect along the way.'

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
}

/** The article index, its pages and the category pages share this one layout. */
export function BlogListing(props: BlogListingProps) {
  return (
    <>
      <PageHeader title={props.title} eyebrow={props.eyebrow} lead={props.lead} breadcrumb={props.breadcrumb} />
      <Container className={styles.body}>
        <CategoryNav categories={props.categories} current={props.currentCategory} />
        <PostGrid posts={props.posts} timeZone={props.timeZone} emptyMessage="No articles here yet." />
        {props.pagination ? (
          <Pagination page={props.pagination.page} pageCount={props.pagination.pageCount} pageHref={paths.blogPage} />
        ) : null}
      </Container>
    </>
  )
}

import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { BLOG_LEAD, BlogListing } from '@/components/content/blog-listing'
import { getCategories, getPostsPage, getSiteSettings } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths } from '@/lib/routes'

type Props = { params: Promise<{ page: string }> }

/** "2" -> 2; "02", "2.5", "-1", "abc" -> null, so each listing has exactly one URL. */
function parsePage(raw: string): number | null {
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null
}

/** The first listing pages are built ahead; further ones render on first request and are kept (ISR). */
const PRERENDERED_LIST_PAGES = 10

export async function generateStaticParams() {
  const { pageCount } = await getPostsPage(1)
  const built = Math.min(pageCount, PRERENDERED_LIST_PAGES)
  return Array.from({ length: Math.max(0, built - 1) }, (_, i) => ({ page: String(i + 2) }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePage((await params).page)
  if (!page) return {}
  return pageMetadata({ title: `Articles, page ${page}`, description: BLOG_LEAD, path: paths.blogPage(page) })
}

export default async function BlogPage({ params }: Props) {
  const page = parsePage((await params).page)
  if (page === null) notFound()
  if (page === 1) redirect(paths.blog())
  const [listing, categories, settings] = await Promise.all([getPostsPage(page), getCategories(), getSiteSettings()])
  if (page > listing.pageCount) notFound()
  return (
    <BlogListing
      title="Articles"
      eyebrow={`Page ${page} of ${listing.pageCount}`}
      lead={BLOG_LEAD}
      breadcrumb={[
        { label: 'Home', href: paths.home() },
        { label: 'Articles', href: paths.blog() },
        { label: `Page ${page}`, href: paths.blogPage(page) },
      ]}
      posts={listing.posts}
      categories={categories}
      pagination={{ page, pageCount: listing.pageCount }}
      timeZone={settings.timeZone}
    />
  )
}

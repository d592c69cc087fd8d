import type { Metadata } from 'next'
import { BLOG_LEAD, BlogListing } from '@/components/content/blog-listing'
import { getCategories, getPostsPage, getSiteSettings } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths } from '@/lib/routes'

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({ title: 'Articles', description: BLOG_LEAD, path: paths.blog() })
}

export default async function BlogIndexPage() {
  const [{ posts, page, pageCount }, categories, settings] = await Promise.all([
    getPostsPage(1),
    getCategories(),
    getSiteSettings(),
  ])
  return (
    <BlogListing
      title="Articles"
      lead={BLOG_LEAD}
      breadcrumb={[
        { label: 'Home', href: paths.home() },
        { label: 'Articles', href: paths.blog() },
      ]}
      posts={posts}
      categories={categories}
      pagination={{ page, pageCount }}
      timeZone={settings.timeZone}
    />
  )
}

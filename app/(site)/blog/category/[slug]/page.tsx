import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { BlogListing } from '@/components/content/blog-listing'
import { getCategories, getCategory, getPostsInCategory, getSiteSettings } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths } from '@/lib/routes'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  const categories = await getCategories()
  return categories.map((category) => ({ slug: category.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await getCategory((await params).slug)
  if (!category) return {}
  return pageMetadata({
    title: `${category.title}: articles`,
    description: category.description ?? `Articles about ${category.title.toLowerCase()}.`,
    path: paths.category(category.slug),
  })
}

export default async function CategoryPage({ params }: Props) {
  const { slug } = await params
  const category = await getCategory(slug)
  if (!category) notFound()
  const [posts, categories, settings] = await Promise.all([
    getPostsInCategory(slug),
    getCategories(),
    getSiteSettings(),
  ])
  return (
    <BlogListing
      title={category.title}
      eyebrow="Articles"
      lead={category.description}
      breadcrumb={[
        { label: 'Home', href: paths.home() },
        { label: 'Articles', href: paths.blog() },
        { label: category.title, href: paths.category(category.slug) },
      ]}
      posts={posts}
      categories={categories}
      currentCategory={category.slug}
      timeZone={settings.timeZone}
    />
  )
}

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleView } from '@/components/content/article-view'
import { JsonLdScript } from '@/components/seo/json-ld'
import { getPost, getNewestPostSlugs, getSiteSettings } from '@/lib/content'
import { blogPostingJsonLd, medicalWebPageJsonLd } from '@/lib/seo/json-ld'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths } from '@/lib/routes'

type Props = { params: Promise<{ slug: string }> }

/** The newest posts are built ahead; the rest render on first request and are kept (ISR). */
export async function generateStaticParams() {
  const slugs = await getNewestPostSlugs()
  return slugs.map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await getPost((await params).slug)
  if (!post) return {}
  return pageMetadata({
    title: post.title,
    description: post.excerpt,
    path: paths.post(post.slug),
    seo: post.seo,
    type: 'article',
    ogImagePath: paths.ogCard('post', post.slug),
    publishedTime: post.publishedAt,
    modifiedTime: post.updatedAt ?? post._updatedAt,
  })
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const [post, settings] = await Promise.all([getPost(slug), getSiteSettings()])
  if (!post) notFound()
  const structuredData = [
    blogPostingJsonLd(post, settings),
    medicalWebPageJsonLd({
      name: post.title,
      description: post.excerpt,
      path: paths.post(post.slug),
      review: post.medicalReview,
    }),
  ]
  return (
    <>
      <JsonLdScript data={structuredData} />
      <ArticleView post={post} settings={settings} />
    </>
  )
}

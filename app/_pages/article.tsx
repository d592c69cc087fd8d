/** An article, in either language: /blog/[slug] and /es/blog/[slug]. */
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleView } from '@/components/content/article-view'
import { LanguageSwitch } from '@/components/site/language-switch'
import { JsonLdScript } from '@/components/seo/json-ld'
import { getNewestPostSlugs, getPost, getSiteSettings, getTranslations } from '@/lib/content'
import { documentAlternates } from '@/lib/seo/alternates'
import { blogPostingJsonLd, medicalWebPageJsonLd } from '@/lib/seo/json-ld'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths, type Locale } from '@/lib/routes'
import type { SlugProps } from './route-props'

export function articleRoute(locale: Locale) {
  async function load(slug: string) {
    const post = await getPost(slug, locale)
    if (!post) return null
    return { post, alternates: documentAlternates('post', await getTranslations(post._id)) }
  }

  /** The newest posts are built ahead; the rest render on first request and are kept (ISR). */
  async function generateStaticParams() {
    const slugs = await getNewestPostSlugs(locale)
    return slugs.map((slug) => ({ slug }))
  }

  async function generateMetadata({ params }: SlugProps): Promise<Metadata> {
    const found = await load((await params).slug)
    if (!found) return {}
    const { post, alternates } = found
    return pageMetadata({
      title: post.title,
      description: post.excerpt,
      path: paths.post(post.slug, locale),
      seo: post.seo,
      type: 'article',
      ogImagePath: paths.ogCard('post', post.slug),
      publishedTime: post.publishedAt,
      modifiedTime: post.updatedAt ?? post._updatedAt,
      locale,
      alternates,
    })
  }

  async function ArticlePage({ params }: SlugProps) {
    const { slug } = await params
    const [found, settings] = await Promise.all([load(slug), getSiteSettings(locale)])
    if (!found) notFound()
    const { post, alternates } = found
    const structuredData = [
      blogPostingJsonLd(post, settings, locale),
      medicalWebPageJsonLd({
        name: post.title,
        description: post.excerpt,
        path: paths.post(post.slug, locale),
        review: post.medicalReview,
        locale,
      }),
    ]
    return (
      <>
        <JsonLdScript data={structuredData} />
        <LanguageSwitch locale={locale} alternates={alternates} />
        <ArticleView locale={locale} post={post} settings={settings} />
      </>
    )
  }

  return { generateStaticParams, generateMetadata, Page: ArticlePage }
}

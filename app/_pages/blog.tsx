/** The article index, its numbered pages and its categories, in either language. */
import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { BlogListing } from '@/components/content/blog-listing'
import { LanguageSwitch } from '@/components/site/language-switch'
import {
  getCategories,
  getCategory,
  getPostsInCategory,
  getPostsPage,
  getSiteSettings,
  getTranslations,
} from '@/lib/content'
import { messages } from '@/lib/i18n'
import { documentAlternates, fixedAlternates } from '@/lib/seo/alternates'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths, type Locale } from '@/lib/routes'
import type { PageNumberProps, SlugProps } from './route-props'

export function blogIndexRoute(locale: Locale) {
  const p = messages(locale).pages

  async function generateMetadata(): Promise<Metadata> {
    return pageMetadata({
      title: p.blog.title,
      description: p.blog.lead,
      path: paths.blog(locale),
      locale,
      alternates: fixedAlternates('blog'),
    })
  }

  async function BlogIndexPage() {
    const [{ posts, page, pageCount }, categories, settings] = await Promise.all([
      getPostsPage(1, locale),
      getCategories(locale),
      getSiteSettings(locale),
    ])
    return (
      <>
        <LanguageSwitch locale={locale} alternates={fixedAlternates('blog')} />
        <BlogListing
          locale={locale}
          title={p.blog.title}
          lead={p.blog.lead}
          breadcrumb={[
            { label: p.home.breadcrumb, href: paths.home(locale) },
            { label: p.blog.title, href: paths.blog(locale) },
          ]}
          posts={posts}
          categories={categories}
          pagination={{ page, pageCount }}
          timeZone={settings.timeZone}
        />
      </>
    )
  }

  return { generateMetadata, Page: BlogIndexPage }
}

/** "2" -> 2; "02", "2.5", "-1", "abc" -> null, so each listing has exactly one URL. */
function parsePage(raw: string): number | null {
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null
}

/** The first listing pages are built ahead; further ones render on first request and are kept (ISR). */
const PRERENDERED_LIST_PAGES = 10

export function blogPageRoute(locale: Locale) {
  const p = messages(locale).pages

  async function generateStaticParams() {
    const { pageCount } = await getPostsPage(1, locale)
    const built = Math.min(pageCount, PRERENDERED_LIST_PAGES)
    return Array.from({ length: Math.max(0, built - 1) }, (_, i) => ({ page: String(i + 2) }))
  }

  async function generateMetadata({ params }: PageNumberProps): Promise<Metadata> {
    const page = parsePage((await params).page)
    if (!page) return {}
    return pageMetadata({
      title: p.blog.pageMetaTitle(page),
      description: p.blog.lead,
      path: paths.blogPage(page, locale),
      locale,
    })
  }

  async function BlogPage({ params }: PageNumberProps) {
    const page = parsePage((await params).page)
    if (page === null) notFound()
    if (page === 1) redirect(paths.blog(locale))
    const [listing, categories, settings] = await Promise.all([
      getPostsPage(page, locale),
      getCategories(locale),
      getSiteSettings(locale),
    ])
    if (page > listing.pageCount) notFound()
    return (
      <>
        {/* The other language's listing has other pages: the switch leads to its index. */}
        <LanguageSwitch locale={locale} alternates={{ [locale]: paths.blogPage(page, locale), ...otherBlog(locale) }} />
        <BlogListing
          locale={locale}
          title={p.blog.title}
          eyebrow={p.blog.pageEyebrow(page, listing.pageCount)}
          lead={p.blog.lead}
          breadcrumb={[
            { label: p.home.breadcrumb, href: paths.home(locale) },
            { label: p.blog.title, href: paths.blog(locale) },
            { label: p.blog.pageBreadcrumb(page), href: paths.blogPage(page, locale) },
          ]}
          posts={listing.posts}
          categories={categories}
          pagination={{ page, pageCount: listing.pageCount }}
          timeZone={settings.timeZone}
        />
      </>
    )
  }

  return { generateStaticParams, generateMetadata, Page: BlogPage }
}

function otherBlog(locale: Locale) {
  return locale === 'en' ? { es: paths.blog('es') } : { en: paths.blog('en') }
}

export function categoryRoute(locale: Locale) {
  const p = messages(locale).pages

  async function load(slug: string) {
    const category = await getCategory(slug, locale)
    if (!category) return null
    return { category, alternates: documentAlternates('category', await getTranslations(category._id)) }
  }

  async function generateStaticParams() {
    const categories = await getCategories(locale)
    return categories.map((category) => ({ slug: category.slug }))
  }

  async function generateMetadata({ params }: SlugProps): Promise<Metadata> {
    const found = await load((await params).slug)
    if (!found) return {}
    const { category, alternates } = found
    return pageMetadata({
      title: p.category.metaTitle(category.title),
      description: category.description ?? p.category.description(category.title),
      path: paths.category(category.slug, locale),
      locale,
      alternates,
    })
  }

  async function CategoryPage({ params }: SlugProps) {
    const { slug } = await params
    const found = await load(slug)
    if (!found) notFound()
    const { category, alternates } = found
    const [posts, categories, settings] = await Promise.all([
      getPostsInCategory(slug, locale),
      getCategories(locale),
      getSiteSettings(locale),
    ])
    return (
      <>
        <LanguageSwitch locale={locale} alternates={alternates} />
        <BlogListing
          locale={locale}
          title={category.title}
          eyebrow={p.category.eyebrow}
          lead={category.description}
          breadcrumb={[
            { label: p.home.breadcrumb, href: paths.home(locale) },
            { label: p.blog.title, href: paths.blog(locale) },
            { label: category.title, href: paths.category(category.slug, locale) },
          ]}
          posts={posts}
          categories={categories}
          currentCategory={category.slug}
          timeZone={settings.timeZone}
        />
      </>
    )
  }

  return { generateStaticParams, generateMetadata, Page: CategoryPage }
}

import { Link } from '@/components/site/link'
import { Container } from '@/components/site/container'
import { PageHeader } from '@/components/site/page-header'
import type { Post, SiteSettings } from '@/lib/content/schemas'
import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, paths, type Locale } from '@/lib/routes'
import { ConsultationCta } from './consultation-cta'
import { FormattedDate } from './formatted-date'
import { MedicalReviewByline } from './medical-review-byline'
import { PortableTextBody } from './portable-text'
import { SanityImage } from './sanity-image'
import styles from './article-view.module.css'

type ArticleViewProps = {
  post: Post
  settings: Pick<SiteSettings, 'phone' | 'medicalDisclaimer' | 'timeZone'>
  locale?: Locale
}

/** A full article: who wrote it, who checked it and when, then the text in the reading column. */
export function ArticleView({ post, settings, locale = DEFAULT_LOCALE }: ArticleViewProps) {
  const { content: t, pages } = messages(locale)
  const bodyHasCta = post.body.some((member) => member._type === 'consultationCta')
  return (
    <article>
      <PageHeader
        title={post.title}
        lead={post.excerpt}
        aside={
          <figure className={styles.hero}>
            <SanityImage image={post.mainImage} sizes="(min-width: 56rem) 40vw, 100vw" priority />
          </figure>
        }
        locale={locale}
        breadcrumb={[
          { label: pages.home.breadcrumb, href: paths.home(locale) },
          { label: pages.article.breadcrumb, href: paths.blog(locale) },
          { label: post.title, href: paths.post(post.slug, locale) },
        ]}
      >
        <div className={styles.meta}>
          {post.categories.length > 0 ? (
            <ul role="list" className={styles.categories} aria-label={t.categories}>
              {post.categories.map((category) => (
                <li key={category.slug}>
                  <Link href={paths.category(category.slug, locale)}>{category.title}</Link>
                </li>
              ))}
            </ul>
          ) : null}
          <p className={styles.byline}>
            {t.by} <Link href={paths.person(post.author.slug, locale)}>{post.author.name}</Link>
            {post.author.jobTitle ? <span className={styles.jobTitle}>, {post.author.jobTitle}</span> : null}
          </p>
          <p className={styles.dates}>
            <span>
              {t.published} <FormattedDate date={post.publishedAt} timeZone={settings.timeZone} locale={locale} />
            </span>
            {post.updatedAt ? (
              <span>
                {t.updated} <FormattedDate date={post.updatedAt} timeZone={settings.timeZone} locale={locale} />
              </span>
            ) : null}
          </p>
          <MedicalReviewByline review={post.medicalReview} className={styles.review} locale={locale} />
        </div>
      </PageHeader>
      {/* Left-aligned with the header on wide screens; the column keeps lines near 70 characters. */}
      <Container className={styles.content}>
        <div className={styles.column}>
          <PortableTextBody value={post.body} phone={settings.phone} locale={locale} />
          <aside aria-label={t.medicalDisclaimer} className={styles.disclaimer}>
            <p>
              <small>{settings.medicalDisclaimer}</small>
            </p>
          </aside>
          {bodyHasCta ? null : <ConsultationCta phone={settings.phone} locale={locale} />}
        </div>
      </Container>
    </article>
  )
}

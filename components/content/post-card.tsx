import { Link } from '@/components/site/link'
import type { PostSummary } from '@/lib/content/schemas'
import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, paths, type Locale } from '@/lib/routes'
import { FormattedDate } from './formatted-date'
import { SanityImage } from './sanity-image'
import styles from './post-card.module.css'

type PostCardProps = {
  post: PostSummary
  headingLevel?: 2 | 3
  /** IANA zone for the publish date (the clinic's); UTC when absent. */
  timeZone?: string
  locale?: Locale
}

/** One article in a listing. Only the title is a link, so each card is a single tab stop. */
export function PostCard({ post, headingLevel = 2, timeZone, locale = DEFAULT_LOCALE }: PostCardProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2'
  return (
    <article className={styles.card}>
      <div className={styles.media}>
        <SanityImage image={post.mainImage} sizes="(min-width: 64rem) 22rem, (min-width: 40rem) 45vw, 100vw" />
      </div>
      <div className={styles.body}>
        {post.categories.length > 0 ? (
          <ul className={styles.categories} aria-label={messages(locale).content.categories}>
            {post.categories.map((category) => (
              <li key={category.slug}>{category.title}</li>
            ))}
          </ul>
        ) : null}
        <Heading className={styles.title}>
          <Link href={paths.post(post.slug, locale)} className={styles.link}>
            {post.title}
          </Link>
        </Heading>
        <p className={styles.excerpt}>{post.excerpt}</p>
        <p className={styles.meta}>
          <FormattedDate date={post.publishedAt} timeZone={timeZone} locale={locale} />
          <span aria-hidden="true"> · </span>
          <span>{post.author.name}</span>
        </p>
      </div>
    </article>
  )
}

import { Container } from '@/components/site/container'
import { PageHeader } from '@/components/site/page-header'
import { PersonFacts } from '@/components/team/person-facts'
import { ConsultationCta } from './consultation-cta'
import type { Person, PostSummary, SiteSettings } from '@/lib/content/schemas'
import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, paths, type Locale } from '@/lib/routes'
import { personDisplayName } from './medical-review-byline'
import { PortableTextBody } from './portable-text'
import { safeExternalHref } from './portable-text/links'
import { PostList } from './post-list'
import { SanityImage } from './sanity-image'
import styles from './person-view.module.css'

type PersonViewProps = {
  person: Person
  posts: readonly PostSummary[]
  settings: Pick<SiteSettings, 'timeZone' | 'phone'>
  locale?: Locale
}

/** A team member's profile: who they are, their license and languages, and what they wrote or medically reviewed. */
export function PersonView({ person, posts, settings, locale = DEFAULT_LOCALE }: PersonViewProps) {
  const { content: t, pages } = messages(locale)
  // Same rule as links in rich text: a bad URL in the CMS is dropped, not rendered.
  const links = person.links.flatMap((link) => {
    const href = safeExternalHref(link.url)
    return href ? [{ ...link, href }] : []
  })
  return (
    <>
      <PageHeader
        title={personDisplayName(person)}
        lead={person.jobTitle}
        locale={locale}
        breadcrumb={[
          { label: pages.home.breadcrumb, href: paths.home(locale) },
          // The directory is in English only; its Spanish label says so.
          { label: pages.person.teamBreadcrumb, href: paths.team() },
          { label: person.name, href: paths.person(person.slug, locale) },
        ]}
      />
      <Container>
        <div className={person.photo ? `${styles.profile} ${styles.withPhoto}` : styles.profile}>
          {person.photo ? (
            <div className={styles.photo}>
              <SanityImage image={person.photo} sizes="12rem" priority />
            </div>
          ) : null}
          <div className={styles.bio}>
            <PersonFacts person={person} variant="profile" locale={locale} />
            <PortableTextBody value={person.bio} locale={locale} />
            {links.length > 0 ? (
              <ul role="list" className={styles.links} aria-label={t.person.elsewhere(person.name)}>
                {links.map((link) => (
                  <li key={link._key}>
                    <a href={link.href}>{link.label}</a>
                  </li>
                ))}
              </ul>
            ) : null}
            <ConsultationCta phone={settings.phone} locale={locale} />
          </div>
        </div>
      </Container>
      {/* Most of the team writes nothing for the site: no empty "articles" heading on their pages. */}
      {posts.length > 0 ? (
        <section aria-labelledby="person-articles" className={styles.articles}>
          <Container>
            <h2 id="person-articles" className={styles.articlesTitle}>
              {t.person.articles(person.name)}
            </h2>
            <PostList
              posts={posts}
              personSlug={person.slug}
              timeZone={settings.timeZone}
              emptyMessage={t.person.noArticles(person.name)}
              locale={locale}
            />
          </Container>
        </section>
      ) : null}
    </>
  )
}

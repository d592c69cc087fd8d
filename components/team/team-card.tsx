import { personDisplayName } from '@/components/content/medical-review-byline'
import { SanityImage } from '@/components/content/sanity-image'
import { Link } from '@/components/site/link'
import type { Person } from '@/lib/content/schemas'
import { paths } from '@/lib/routes'
import { PersonFacts } from './person-facts'
import styles from './team-card.module.css'

/** One person in the directory: photo, name and credentials (the link to the profile), role, facts. */
export function TeamCard({ person }: { person: Person }) {
  return (
    <article className={styles.card} aria-labelledby={`team-${person.slug}`}>
      <div className={styles.head}>
        <div className={styles.photo}>
          {person.photo ? (
            <SanityImage image={person.photo} sizes="5rem" />
          ) : (
            <span className={styles.initials} aria-hidden="true">
              {person.name
                .split(/\s+/)
                .map((part) => part.charAt(0))
                .slice(0, 2)
                .join('')}
            </span>
          )}
        </div>
        <div>
          <h3 id={`team-${person.slug}`} className={styles.name}>
            <Link href={paths.person(person.slug)} className={styles.link}>
              {personDisplayName(person)}
            </Link>
          </h3>
          {person.jobTitle ? <p className={styles.role}>{person.jobTitle}</p> : null}
        </div>
      </div>
      <PersonFacts person={person} variant="card" />
    </article>
  )
}

import { Link } from '@/components/site/link'
import type { Person } from '@/lib/content/schemas'
import { paths } from '@/lib/routes'
import { acceptingText, languageNames, licenseFacts, listText, stateNames } from './care-team-text'
import styles from './person-facts.module.css'

type PersonFactsProps = {
  person: Person
  /** `card`: the directory's short list; `profile`: everything, with the licence lookup. */
  variant: 'card' | 'profile'
}

/** What a patient checks before choosing someone: licence, languages, treatments, availability. */
export function PersonFacts({ person, variant }: PersonFactsProps) {
  const full = variant === 'profile'
  const accepting = acceptingText(person.acceptingNewPatients)
  const license = person.license ? licenseFacts(person.license) : null
  return (
    <dl className={full ? `${styles.facts} ${styles.full}` : styles.facts}>
      {accepting ? (
        <div className={`${styles.row} ${styles.wide}`}>
          <dt className="visually-hidden">New patients</dt>
          <dd className={person.acceptingNewPatients ? styles.accepting : styles.notAccepting}>{accepting}</dd>
        </div>
      ) : null}
      {person.treatments.length > 0 ? (
        <div className={styles.row}>
          <dt>Treatments</dt>
          <dd>
            {full ? (
              <ul role="list" className={styles.inlineList}>
                {person.treatments.map((treatment) => (
                  <li key={treatment.slug}>
                    <Link href={paths.treatment(treatment.slug)}>{treatment.name}</Link>
                  </li>
                ))}
              </ul>
            ) : (
              listText(person.treatments.map((treatment) => treatment.name))
            )}
          </dd>
        </div>
      ) : null}
      {person.languages.length > 0 ? (
        <div className={styles.row}>
          <dt>Languages</dt>
          <dd>{listText(languageNames(person.languages))}</dd>
        </div>
      ) : null}
      {person.telehealthStates.length > 0 ? (
        <div className={styles.row}>
          <dt>Telehealth</dt>
          <dd>Video visits for patients in {listText(stateNames(person.telehealthStates))}</dd>
        </div>
      ) : null}
      {full && license ? (
        <div className={styles.row}>
          <dt>License</dt>
          <dd>
            {license.kind}, number {license.number}
            {license.board ? (
              <>
                {' '}
                <a href={license.board.lookupUrl} rel="external noopener" className={styles.lookup}>
                  Check it with the {license.board.name}
                </a>
              </>
            ) : null}
          </dd>
        </div>
      ) : null}
      {full && person.npi ? (
        <div className={styles.row}>
          <dt>
            <abbr title="National Provider Identifier">NPI</abbr>
          </dt>
          <dd>{person.npi}</dd>
        </div>
      ) : null}
    </dl>
  )
}

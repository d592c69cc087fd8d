import { Link } from '@/components/site/link'
import type { Person } from '@/lib/content/schemas'
import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, paths, type Locale } from '@/lib/routes'
import { acceptingText, languageNames, licenseFacts, listText, stateNames } from './care-team-text'
import styles from './person-facts.module.css'

type PersonFactsProps = {
  person: Person
  /** `card`: the directory's short list; `profile`: everything, with the licence lookup. */
  variant: 'card' | 'profile'
  locale?: Locale
}

/** What a patient checks before choosing someone: licence, languages, treatments, availability. */
export function PersonFacts({ person, variant, locale = DEFAULT_LOCALE }: PersonFactsProps) {
  const full = variant === 'profile'
  const t = messages(locale).team
  const accepting = acceptingText(person.acceptingNewPatients, locale)
  const license = person.license ? licenseFacts(person.license) : null
  return (
    <dl className={full ? `${styles.facts} ${styles.full}` : styles.facts}>
      {accepting ? (
        <div className={`${styles.row} ${styles.wide}`}>
          <dt className="visually-hidden">{t.newPatients}</dt>
          <dd className={person.acceptingNewPatients ? styles.accepting : styles.notAccepting}>{accepting}</dd>
        </div>
      ) : null}
      {person.treatments.length > 0 ? (
        <div className={styles.row}>
          <dt>{t.treatments}</dt>
          <dd>
            {full ? (
              <ul role="list" className={styles.inlineList}>
                {person.treatments.map((treatment) => (
                  <li key={treatment.slug}>
                    {/* A person's treatments are the English documents: their pages are in English. */}
                    <Link href={paths.treatment(treatment.slug)} hrefLang="en">
                      {treatment.name}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              listText(
                person.treatments.map((treatment) => treatment.name),
                locale,
              )
            )}
          </dd>
        </div>
      ) : null}
      {person.languages.length > 0 ? (
        <div className={styles.row}>
          <dt>{t.languages}</dt>
          <dd>{listText(languageNames(person.languages, locale), locale)}</dd>
        </div>
      ) : null}
      {person.telehealthStates.length > 0 ? (
        <div className={styles.row}>
          <dt>{t.telehealth}</dt>
          <dd>{t.videoVisits(listText(stateNames(person.telehealthStates), locale))}</dd>
        </div>
      ) : null}
      {full && license ? (
        <div className={styles.row}>
          <dt>{t.license}</dt>
          <dd>
            {t.licenseNumber(license.kind, license.number)}
            {license.board ? (
              <>
                {' '}
                <a href={license.board.lookupUrl} rel="external noopener" className={styles.lookup}>
                  {t.checkWith(license.board.name)}
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

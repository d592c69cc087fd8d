import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, type Locale } from '@/lib/routes'
import { ButtonLink } from './button-link'
import styles from './compare-teaser.module.css'

type CompareTeaserProps = {
  headingId: string
  href: string
  /** Names of the compared treatments, e.g. ["Ketamine IV therapy", "Ketamine-assisted psychotherapy"]. */
  names: string[]
  locale?: Locale
}

/** Points undecided readers to the side-by-side comparison. */
export function CompareTeaser({ headingId, href, names, locale = DEFAULT_LOCALE }: CompareTeaserProps) {
  const t = messages(locale).home.compare
  return (
    <div className={styles.teaser}>
      <div className={styles.text}>
        <h2 id={headingId}>{t.heading}</h2>
        <p className={styles.lead}>{t.lead}</p>
        <ButtonLink href={href} variant="secondary" className={styles.button}>
          {t.button}
        </ButtonLink>
      </div>
      {names.length > 1 ? (
        <ul role="list" className={styles.names} aria-label={t.namesLabel}>
          {names.map((name) => (
            <li key={name} className={styles.name}>
              {name}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

import { ButtonLink } from './button-link'
import styles from './compare-teaser.module.css'

type CompareTeaserProps = {
  headingId: string
  href: string
  /** Names of the compared treatments, e.g. ["Ketamine IV therapy", "Ketamine-assisted psychotherapy"]. */
  names: string[]
}

/** Points undecided readers to the side-by-side comparison. */
export function CompareTeaser({ headingId, href, names }: CompareTeaserProps) {
  return (
    <div className={styles.teaser}>
      <div className={styles.text}>
        <h2 id={headingId}>Compare your options</h2>
        <p className={styles.lead}>
          Treatments differ in how they’re given, what a session feels like and who they may suit. See them side by side
          before you talk to us.
        </p>
        <ButtonLink href={href} variant="secondary" className={styles.button}>
          See the comparison
        </ButtonLink>
      </div>
      {names.length > 1 ? (
        <ul role="list" className={styles.names} aria-label="Compared treatments">
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

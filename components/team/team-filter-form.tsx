import { buttonStyles } from '@/components/site/button-link'
import { LANGUAGES, type LanguageCode } from '@/lib/care-team/languages'
import type { TeamFilters } from '@/lib/care-team/directory'
import { paths } from '@/lib/routes'
import styles from './team-filter-form.module.css'

type TeamFilterFormProps = {
  filters: TeamFilters
  treatments: readonly { name: string; slug: string }[]
  languages: readonly LanguageCode[]
}

/**
 * A plain GET form: choosing and pressing "Show" loads /team?treatment=…&language=…, with or
 * without JavaScript. "Any" sends an empty value, which means no filter.
 */
export function TeamFilterForm({ filters, treatments, languages }: TeamFilterFormProps) {
  const filtered = filters.treatment !== null || filters.language !== null
  return (
    <form method="get" action={paths.team()} className={styles.form} aria-label="Filter the care team">
      <div className={styles.field}>
        <label htmlFor="team-treatment">Treatment</label>
        <select id="team-treatment" name="treatment" defaultValue={filters.treatment ?? ''} className={styles.select}>
          <option value="">Any treatment</option>
          {treatments.map((treatment) => (
            <option key={treatment.slug} value={treatment.slug}>
              {treatment.name}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor="team-language">Language</label>
        <select id="team-language" name="language" defaultValue={filters.language ?? ''} className={styles.select}>
          <option value="">Any language</option>
          {languages.map((code) => (
            <option key={code} value={code}>
              {LANGUAGES[code]}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.actions}>
        <button type="submit" className={`${buttonStyles.button} ${buttonStyles.primary}`}>
          Show
        </button>
        {filtered ? (
          <a href={paths.team()} className={styles.clear}>
            Clear filters
          </a>
        ) : null}
      </div>
    </form>
  )
}

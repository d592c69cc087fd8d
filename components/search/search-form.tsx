import { paths } from '@/lib/routes'
import { MAX_QUERY_CHARACTERS } from '@/lib/search/query-text'
import styles from './search-form.module.css'

type SearchFormProps = {
  /** Unique on the page: the header has one form, the menu another, the results page a third. */
  id: string
  /** Names the search landmark; each form on a page needs its own name. */
  landmarkLabel: string
  defaultValue?: string
  /** The header's narrow version: the label is for screen readers, the button an icon. */
  compact?: boolean
  /** Spacing where it is placed (the phone menu). */
  className?: string
}

function SearchIcon() {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="m13 13 4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  )
}

/**
 * A plain GET form to /search: works without JavaScript, and the results are a page of their
 * own that can be reloaded, bookmarked or opened in a new tab.
 */
export function SearchForm({ id, landmarkLabel, defaultValue, compact = false, className }: SearchFormProps) {
  return (
    <form
      role="search"
      aria-label={landmarkLabel}
      action={paths.search()}
      method="get"
      className={[compact ? styles.compact : styles.form, className].filter(Boolean).join(' ')}
    >
      <label htmlFor={id} className={compact ? 'visually-hidden' : styles.label}>
        Search the site
      </label>
      <div className={styles.row}>
        <input
          id={id}
          className={styles.input}
          type="search"
          name="q"
          defaultValue={defaultValue}
          maxLength={MAX_QUERY_CHARACTERS}
          autoComplete="off"
          enterKeyHint="search"
          placeholder={compact ? 'Search' : 'e.g. Spravato, PTSD'}
        />
        <button type="submit" className={styles.button}>
          <SearchIcon />
          <span className={compact ? 'visually-hidden' : undefined}>Search</span>
        </button>
      </div>
    </form>
  )
}

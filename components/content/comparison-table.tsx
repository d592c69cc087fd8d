import { Link } from '@/components/site/link'
import { useId } from 'react'
import type { ComparisonTable } from '@/lib/content/schemas'
import { messages } from '@/lib/i18n'
import { DEFAULT_LOCALE, paths, type Locale } from '@/lib/routes'
import { VisuallyHidden } from './visually-hidden'
import styles from './comparison-table.module.css'

type ComparisonTableViewProps = {
  table: ComparisonTable
  headingLevel?: 2 | 3
  locale?: Locale
}

/**
 * A real <table> at every width. On a phone it scrolls sideways inside a focusable region
 * (keyboard users can scroll it with the arrow keys) while the criterion column stays pinned,
 * so each value is still read against its row and column headers.
 */
export function ComparisonTableView({ table, headingLevel = 2, locale = DEFAULT_LOCALE }: ComparisonTableViewProps) {
  const t = messages(locale).content
  const Heading = headingLevel === 3 ? 'h3' : 'h2'
  const id = useId()
  const captionId = `${id}-caption`
  const hintId = `${id}-hint`
  // Editors often reuse the title as the caption; show it once, but keep the caption for the
  // table's accessible name.
  const captionRepeatsTitle = table.caption.trim().toLowerCase() === table.title.trim().toLowerCase()
  return (
    // A plain div, not a labelled section: the scroll region below is already a landmark named
    // by the caption, and two regions with the same name confuse landmark navigation.
    <div className={styles.wrapper}>
      <Heading className={styles.title}>{table.title}</Heading>
      {table.intro ? <p className={styles.intro}>{table.intro}</p> : null}
      <p id={hintId} className={styles.hint}>
        <span aria-hidden="true">↔ </span>
        {t.scrollHint}
      </p>
      <div className={styles.scroller} role="region" tabIndex={0} aria-labelledby={captionId} aria-describedby={hintId}>
        <table className={styles.table}>
          <caption id={captionId} className={captionRepeatsTitle ? styles.hiddenCaption : styles.caption}>
            <span className={styles.captionText}>{table.caption}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col" className={styles.corner}>
                <VisuallyHidden>{t.criterion}</VisuallyHidden>
              </th>
              {table.columns.map((column) => (
                <th scope="col" key={column._key} className={styles.columnHeader}>
                  <Link href={paths.treatment(column.slug, locale)}>{column.name}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row._key}>
                <th scope="row" className={styles.rowHeader}>
                  {row.criterion}
                </th>
                {table.columns.map((column, i) => (
                  // Keyed by column: the schema guarantees one cell per column, in column order.
                  <td key={column._key}>{row.cells[i] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.footnote ? <p className={styles.footnote}>{table.footnote}</p> : null}
    </div>
  )
}

import { Link } from '@/components/site/link'
import type { SiteSettings } from '@/lib/content/schemas'
import type { SearchOutcome } from '@/lib/search/search'
import styles from './search-results.module.css'

type Results = Extract<SearchOutcome, { kind: 'results' }>

function countLine(outcome: Results): string {
  if (outcome.total === 0) return `No results for “${outcome.text}”.`
  const noun = outcome.total === 1 ? 'result' : 'results'
  const page = outcome.pageCount > 1 ? `, page ${outcome.page} of ${outcome.pageCount}` : ''
  return `${outcome.total} ${noun} for “${outcome.text}”${page}.`
}

/** The count (announced as a status), each result as a heading, link and marked snippet. */
export function SearchResults({ outcome, phone }: { outcome: Results; phone: SiteSettings['phone'] }) {
  return (
    <div className={styles.results}>
      <h2 id="search-results-heading" className={styles.heading}>
        Results
      </h2>
      <p role="status" className={styles.count}>
        {countLine(outcome)}
        {outcome.shortened ? ' We searched for the first few words of a long question.' : null}
      </p>
      {outcome.total === 0 ? (
        <p>
          Try fewer or different words, or call us on <a href={`tel:${phone.e164}`}>{phone.display}</a>: we are happy to
          answer questions by phone.
        </p>
      ) : (
        <ol role="list" aria-labelledby="search-results-heading" className={styles.list}>
          {outcome.results.map((result) => (
            <li key={result.id} className={styles.item}>
              <p className={styles.kind}>{result.kind}</p>
              <h3 className={styles.title}>
                <Link href={result.href}>{result.title}</Link>
              </h3>
              {result.snippet.length > 0 ? (
                <p className={styles.snippet}>
                  {result.snippet.map((segment, index) =>
                    // Segments alternate and never reorder: the index is a stable key.
                    segment.marked ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
                  )}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}

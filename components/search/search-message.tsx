import type { SiteSettings } from '@/lib/content/schemas'
import type { SearchOutcome } from '@/lib/search/search'
import styles from './search-results.module.css'

type Message = Exclude<SearchOutcome, { kind: 'results' }>

/** The calm line shown instead of results: why there are none, and what to try. */
function messageText(outcome: Message): string {
  switch (outcome.kind) {
    case 'empty':
      return 'Type a word or two, such as “depression”, “Spravato” or “cost”, and press Search.'
    case 'no-words':
      return 'We could not find any words to search for. Try a word or two, such as “depression” or “cost”.'
    case 'only-common-words':
      return 'Those words are too common to search for on their own. Try adding what you would like to know about, such as “side effects”.'
    case 'rate-limited':
      return 'You have searched many times in a short while. Please wait a minute and try again, or call us.'
    case 'unavailable':
      return 'Search is not working just now. Please try again in a few minutes, or call us.'
  }
}

/** Under the form when there is nothing to list; the heading keeps the page's outline the same. */
export function SearchMessage({ outcome, phone }: { outcome: Message; phone: SiteSettings['phone'] }) {
  const callUs = outcome.kind === 'rate-limited' || outcome.kind === 'unavailable'
  return (
    <div className={styles.results}>
      <h2 id="search-results-heading" className="visually-hidden">
        Results
      </h2>
      <p role="status" className={styles.message}>
        {messageText(outcome)}
        {callUs ? (
          <>
            {' '}
            Our phone number is <a href={`tel:${phone.e164}`}>{phone.display}</a>.
          </>
        ) : null}
      </p>
    </div>
  )
}

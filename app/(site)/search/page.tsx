import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { Pagination } from '@/components/content/pagination'
import { SearchCrisisAlert } from '@/components/search/search-crisis-alert'
import { SearchForm } from '@/components/search/search-form'
import { SearchResults } from '@/components/search/search-results'
import { Container } from '@/components/site/container'
import { PageHeader } from '@/components/site/page-header'
import { Section } from '@/components/site/section'
import { getSiteSettings } from '@/lib/content'
import { clientKey } from '@/lib/rate-limit/client-key'
import { paths } from '@/lib/routes'
import { runSearch, type SearchOutcome } from '@/lib/search/search'
import { pageMetadata } from '@/lib/seo/metadata'

// Results depend on the query: rendered per request, never cached, never indexed.
export const metadata: Metadata = pageMetadata({
  title: 'Search',
  description: 'Search our treatment pages, comparisons, articles and care team.',
  path: paths.search(),
  noIndex: true,
})

type SearchPageProps = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> }

/** The calm line under the form when there is nothing to list. */
function message(outcome: Exclude<SearchOutcome, { kind: 'results' }>): string | null {
  switch (outcome.kind) {
    case 'empty':
      return null
    case 'no-words':
      return 'We could not find any words to search for. Try a word or two, such as “depression” or “cost”.'
    case 'only-common-words':
      return 'Those words are too common to search for on their own. Try adding what you would like to know about, such as “side effects”.'
    case 'rate-limited':
      return 'You have searched many times in a short while. Please wait a minute and try again, or call us.'
  }
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const params = await searchParams
  const [settings, outcome] = await Promise.all([getSiteSettings(), runSearch(params, clientKey(await headers()))])
  const text = outcome.kind === 'empty' ? undefined : outcome.text
  const crisis = outcome.kind !== 'empty' && outcome.crisis
  return (
    <>
      <PageHeader
        title="Search"
        breadcrumb={[
          { label: 'Home', href: paths.home() },
          { label: 'Search', href: paths.search() },
        ]}
        lead="Search our treatment pages, comparisons, articles and care team in your own words."
      />
      <Section labelledBy="search-results-heading" tight>
        <Container>
          {crisis ? <SearchCrisisAlert notice={settings.crisisNotice} /> : null}
          <SearchForm id="search-page-query" defaultValue={text} />
          {outcome.kind === 'results' ? (
            <>
              <SearchResults outcome={outcome} phone={settings.phone} />
              <Pagination
                page={outcome.page}
                pageCount={outcome.pageCount}
                pageHref={(page) => paths.search({ q: outcome.text, page })}
              />
            </>
          ) : (
            <>
              <h2 id="search-results-heading" className="visually-hidden">
                Results
              </h2>
              <p role="status">{message(outcome)}</p>
            </>
          )}
        </Container>
      </Section>
    </>
  )
}

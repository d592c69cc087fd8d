import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { Pagination } from '@/components/content/pagination'
import { SearchCrisisAlert } from '@/components/search/search-crisis-alert'
import { SearchForm } from '@/components/search/search-form'
import { SearchMessage } from '@/components/search/search-message'
import { SearchResults } from '@/components/search/search-results'
import { Container } from '@/components/site/container'
import { PageHeader } from '@/components/site/page-header'
import { Section } from '@/components/site/section'
import { getSiteSettings } from '@/lib/content'
import { clientKey } from '@/lib/rate-limit/client-key'
import { paths } from '@/lib/routes'
import { runSearch } from '@/lib/search/search'
import { pageMetadata } from '@/lib/seo/metadata'
import { LanguageSwitch } from '@/components/site/language-switch'

// Results depend on the query and the client (rate limit): rendered per request, sent with
// no-store and noindex (lib/security/headers.ts), never cached.
export const metadata: Metadata = pageMetadata({
  title: 'Search',
  description: 'Search our treatment pages, comparisons, articles and care team.',
  path: paths.search(),
  noIndex: true,
})

type SearchPageProps = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> }

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const params = await searchParams
  const [settings, outcome] = await Promise.all([getSiteSettings(), runSearch(params, clientKey(await headers()))])
  const crisis = outcome.kind !== 'empty' && outcome.crisis
  return (
    <>
      <LanguageSwitch locale="en" />
      <PageHeader
        title="Search"
        breadcrumb={[
          { label: 'Home', href: paths.home() },
          { label: 'Search', href: paths.search() },
        ]}
        lead={crisis ? null : 'Search our treatments, comparisons, articles and care team in your own words.'}
      />
      <Section labelledBy="search-results-heading" tight>
        <Container>
          {crisis ? <SearchCrisisAlert notice={settings.crisisNotice} /> : null}
          <SearchForm
            id="search-page-query"
            landmarkLabel="Search the site"
            defaultValue={outcome.kind === 'empty' ? undefined : outcome.text}
          />
          {outcome.kind === 'results' ? (
            <>
              <SearchResults outcome={outcome} phone={settings.phone} />
              <Pagination
                page={outcome.page}
                pageCount={outcome.pageCount}
                pageHref={(page) => paths.search({ q: outcome.query, page })}
              />
            </>
          ) : (
            <SearchMessage outcome={outcome} phone={settings.phone} />
          )}
        </Container>
      </Section>
    </>
  )
}

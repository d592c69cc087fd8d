import type { Metadata } from 'next'
import { TeamPage } from '@/components/team/team-page'
import { TEAM_DESCRIPTION, TEAM_TITLE } from '@/components/team/team-page-text'
import { parseTeamFilters } from '@/lib/care-team/directory'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths } from '@/lib/routes'
import { loadTeamDirectory } from '../directory-data'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

// A filtered view is the same list, narrowed: not indexed, and canonical to the whole team.
export const metadata: Metadata = pageMetadata({
  title: TEAM_TITLE,
  description: TEAM_DESCRIPTION,
  path: paths.team(),
  noIndex: true,
})

// The filters come from the query: rendered for each request (lib/security/dynamic-pages.ts).
export const dynamic = 'force-dynamic'

/** /team?treatment=…&language=…, which the proxy renders here; requested directly, this path is a 404. */
export default async function FilteredTeamPage({ searchParams }: Props) {
  const [query, data] = await Promise.all([searchParams, loadTeamDirectory()])
  const { filters, unknown } = parseTeamFilters(
    query,
    data.treatments.map((treatment) => treatment.slug),
  )
  return <TeamPage {...data} filters={filters} unknown={unknown} />
}

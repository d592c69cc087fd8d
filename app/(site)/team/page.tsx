import type { Metadata } from 'next'
import { TeamPage } from '@/components/team/team-page'
import { NO_FILTERS } from '@/lib/care-team/directory'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths } from '@/lib/routes'
import { TEAM_DESCRIPTION, TEAM_TITLE } from '@/components/team/team-page-text'
import { loadTeamDirectory } from './directory-data'

export const metadata: Metadata = pageMetadata({ title: TEAM_TITLE, description: TEAM_DESCRIPTION, path: paths.team() })

/**
 * The whole team, prerendered like the other content pages. A request with a filter parameter
 * (/team?treatment=…&language=…) never reaches this page: the proxy renders it at the per-request
 * route next door (./%5Ffiltered, see lib/security/dynamic-pages.ts).
 */
export default async function TeamDirectoryPage() {
  return <TeamPage {...await loadTeamDirectory()} filters={NO_FILTERS} unknown={[]} />
}

import type { Metadata } from 'next'
import { PageHeader } from '@/components/site/page-header'
import { TeamDirectory } from '@/components/team/team-directory'
import { filterTeam, hasFilterParams, parseTeamFilters, teamLanguages } from '@/lib/care-team/directory'
import { getPeople, getSiteSettings, getTreatments } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths } from '@/lib/routes'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const DESCRIPTION =
  'The psychiatrists, nurse practitioners, nurses and therapists at our Portland clinic: their licenses, the treatments they provide and the languages they speak.'

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  // A filtered view is the same list, narrowed: not indexed, and canonical to the whole team.
  return pageMetadata({
    title: 'Our care team',
    description: DESCRIPTION,
    path: paths.team(),
    noIndex: hasFilterParams(await searchParams),
  })
}

/*
 * Rendered for each request (listed in lib/security/dynamic-pages.ts), because the filters are
 * GET parameters read here. Keeping /team itself static would need the proxy to rewrite a
 * filtered request to a second, hidden route; for a list of a handful of people, read from the
 * content cache, one route that renders in a few milliseconds is the simpler thing to run.
 */
export const dynamic = 'force-dynamic'

export default async function TeamPage({ searchParams }: Props) {
  const [query, people, treatments, settings] = await Promise.all([
    searchParams,
    getPeople(),
    getTreatments(),
    getSiteSettings(),
  ])
  const { filters, unknown } = parseTeamFilters(
    query,
    treatments.map((treatment) => treatment.slug),
  )
  return (
    <>
      <PageHeader
        title="Our care team"
        breadcrumb={[
          { label: 'Home', href: paths.home() },
          { label: 'Our care team', href: paths.team() },
        ]}
        lead="Every treatment plan is made by a small team: a psychiatric prescriber who decides whether ketamine is safe for you, the nurses who monitor each session, and the therapists who help you prepare and make sense of it afterwards."
      />
      <TeamDirectory
        people={filterTeam(people, filters)}
        teamSize={people.length}
        filters={filters}
        unknown={unknown}
        treatments={treatments.map(({ name, slug }) => ({ name, slug }))}
        languages={teamLanguages(people)}
        phone={settings.phone}
      />
    </>
  )
}

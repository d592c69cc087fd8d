import { PageHeader } from '@/components/site/page-header'
import { filterTeam, teamLanguages, type TeamFilterName, type TeamFilters } from '@/lib/care-team/directory'
import type { Person, SiteSettings } from '@/lib/content/schemas'
import { paths } from '@/lib/routes'
import { TeamDirectory } from './team-directory'
import { TEAM_TITLE } from './team-page-text'
import { LanguageSwitch } from '@/components/site/language-switch'

type TeamPageProps = {
  people: readonly Person[]
  treatments: readonly { name: string; slug: string }[]
  phone: SiteSettings['phone']
  filters: TeamFilters
  unknown: readonly TeamFilterName[]
}

/** The /team page, whole (prerendered) or filtered (per request): one body for both routes. */
export function TeamPage({ people, treatments, phone, filters, unknown }: TeamPageProps) {
  return (
    <>
      <LanguageSwitch locale="en" />
      <PageHeader
        title={TEAM_TITLE}
        breadcrumb={[
          { label: 'Home', href: paths.home() },
          { label: TEAM_TITLE, href: paths.team() },
        ]}
        lead="Every treatment plan is made by a small team: a psychiatric prescriber who decides whether ketamine is safe for you, the nurses who monitor each session, and the therapists who help you prepare and make sense of it afterwards."
      />
      <TeamDirectory
        people={filterTeam(people, filters)}
        teamSize={people.length}
        filters={filters}
        unknown={unknown}
        treatments={treatments}
        languages={teamLanguages(people)}
        phone={phone}
      />
    </>
  )
}

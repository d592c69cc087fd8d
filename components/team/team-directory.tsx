import { ConsultationCta } from '@/components/content/consultation-cta'
import { Container } from '@/components/site/container'
import type { TeamFilterName, TeamFilters } from '@/lib/care-team/directory'
import { LANGUAGES, type LanguageCode } from '@/lib/care-team/languages'
import type { Person, SiteSettings } from '@/lib/content/schemas'
import { paths } from '@/lib/routes'
import { TeamCard } from './team-card'
import { TeamFilterForm } from './team-filter-form'
import styles from './team-directory.module.css'

type TeamDirectoryProps = {
  /** The people to show, already filtered and in order (clinicians first). */
  people: readonly Person[]
  /** How many people the whole team has. */
  teamSize: number
  filters: TeamFilters
  unknown: readonly TeamFilterName[]
  treatments: readonly { name: string; slug: string }[]
  languages: readonly LanguageCode[]
  phone: SiteSettings['phone']
}

function describeFilters(filters: TeamFilters, treatments: TeamDirectoryProps['treatments']): string {
  const treatment = treatments.find((t) => t.slug === filters.treatment)?.name
  const parts = [
    treatment ? `provide ${treatment}` : null,
    filters.language ? `speak ${LANGUAGES[filters.language]}` : null,
  ].filter((part) => part !== null)
  return parts.length > 0 ? ` who ${parts.join(' and ')}` : ''
}

/** The /team listing: the filter form, what is shown, then clinicians and staff in their own groups. */
export function TeamDirectory(props: TeamDirectoryProps) {
  const { people, teamSize, filters, unknown, treatments, languages, phone } = props
  const clinicians = people.filter((person) => person.role === 'clinician')
  const staff = people.filter((person) => person.role === 'staff')
  const filtered = filters.treatment !== null || filters.language !== null
  return (
    <Container>
      <div className={styles.directory}>
        <TeamFilterForm filters={filters} treatments={treatments} languages={languages} />
        {unknown.length > 0 ? (
          <p className={styles.notice}>
            {unknown.length === 2 ? 'Neither filter in this link' : `The ${unknown[0]} in this link`} did not match
            anything we offer, so {unknown.length === 2 ? 'they were' : 'it was'} left out.
          </p>
        ) : null}
        {filtered ? (
          <p className={styles.status}>
            Showing {people.length} of {teamSize} people{describeFilters(filters, treatments)}.
          </p>
        ) : null}
        {people.length === 0 ? (
          <div className={styles.empty}>
            <p>No one on the team matches both choices. Try a different treatment or language, or see everyone.</p>
            <p>
              You can also call us on <a href={`tel:${phone.e164}`}>{phone.display}</a> and ask about language
              assistance.
            </p>
            <p>
              <a href={paths.team()}>Show the whole team</a>
            </p>
          </div>
        ) : null}
        {clinicians.length > 0 ? (
          <section aria-labelledby="team-clinicians" className={styles.group}>
            <h2 id="team-clinicians" className={styles.groupTitle}>
              Clinicians
            </h2>
            <ul role="list" className={styles.grid}>
              {clinicians.map((person) => (
                <li key={person._id}>
                  <TeamCard person={person} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {staff.length > 0 ? (
          <section aria-labelledby="team-staff" className={styles.group}>
            <h2 id="team-staff" className={styles.groupTitle}>
              Intake and support
            </h2>
            <ul role="list" className={styles.grid}>
              {staff.map((person) => (
                <li key={person._id}>
                  <TeamCard person={person} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <ConsultationCta phone={phone} />
      </div>
    </Container>
  )
}

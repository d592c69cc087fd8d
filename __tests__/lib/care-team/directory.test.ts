import { z } from 'zod'
import {
  filterTeam,
  hasFilterParams,
  NO_FILTERS,
  parseTeamFilters,
  sortTeam,
  teamLanguages,
} from '@/lib/care-team/directory'
import { PEOPLE_QUERY, TREATMENTS_QUERY } from '@/lib/content/queries'
import { personSchema, treatmentSummarySchema } from '@/lib/content/schemas'
import { querySeed } from '../../helpers/seed'

const IV = 'ketamine-iv-therapy'
const KAP = 'ketamine-assisted-psychotherapy'

const load = async () => {
  const people = await querySeed(z.array(personSchema), PEOPLE_QUERY)
  const treatments = await querySeed(z.array(treatmentSummarySchema), TREATMENTS_QUERY)
  return { people, slugs: treatments.map((t) => t.slug) }
}
const names = (people: readonly { slug: string }[]) => people.map((person) => person.slug)

describe('the care team directory over the seed dataset', () => {
  it('lists everyone, clinicians first, then staff, by name', async () => {
    const { people } = await load()
    const listed = filterTeam(people, NO_FILTERS)
    expect(names(listed)).toEqual(['daniel-okafor', 'grace-nguyen', 'lucia-herrera', 'maya-ellison', 'rosa-delgado'])
    expect(listed.at(-1)?.role).toBe('staff')
  })

  it('filters by treatment', async () => {
    const { people } = await load()
    expect(names(filterTeam(people, { treatment: IV, language: null }))).toEqual([
      'daniel-okafor',
      'grace-nguyen',
      'lucia-herrera',
    ])
    expect(names(filterTeam(people, { treatment: KAP, language: null }))).toEqual(['daniel-okafor', 'maya-ellison'])
  })

  it('filters by language, staff included', async () => {
    const { people } = await load()
    expect(names(filterTeam(people, { treatment: null, language: 'es' }))).toEqual(['lucia-herrera', 'rosa-delgado'])
    expect(names(filterTeam(people, { treatment: null, language: 'vi' }))).toEqual(['grace-nguyen'])
  })

  it('combines both filters, and can match no one', async () => {
    const { people } = await load()
    expect(names(filterTeam(people, { treatment: IV, language: 'es' }))).toEqual(['lucia-herrera'])
    expect(filterTeam(people, { treatment: KAP, language: 'vi' })).toEqual([])
  })

  it('offers only the languages someone speaks, English first', async () => {
    const { people } = await load()
    expect(teamLanguages(people)).toEqual(['en', 'es', 'vi'])
  })

  it('reads the GET parameters, ignoring unknown values and other parameters', async () => {
    const { slugs } = await load()
    expect(parseTeamFilters({ treatment: IV, language: 'es', utm_source: 'x' }, slugs)).toEqual({
      filters: { treatment: IV, language: 'es' },
      unknown: [],
    })
    // The form's "Any" sends empty values: no filter, nothing unknown.
    expect(parseTeamFilters({ treatment: '', language: '' }, slugs)).toEqual({ filters: NO_FILTERS, unknown: [] })
    expect(parseTeamFilters({ treatment: 'brain-surgery', language: '<script>' }, slugs)).toEqual({
      filters: NO_FILTERS,
      unknown: ['treatment', 'language'],
    })
    // A repeated parameter: the first value counts.
    expect(parseTeamFilters({ language: ['es', 'en'] }, slugs).filters.language).toBe('es')
    // Object keys are not languages.
    expect(parseTeamFilters({ language: 'constructor' }, slugs).unknown).toEqual(['language'])
  })

  it('marks any view with a filter parameter as a filtered (noindex) view', () => {
    expect(hasFilterParams({})).toBe(false)
    expect(hasFilterParams({ utm_source: 'x' })).toBe(false)
    expect(hasFilterParams({ language: '' })).toBe(true)
    expect(hasFilterParams({ treatment: 'nope' })).toBe(true)
  })

  it('sorting keeps the input untouched', () => {
    const people = [
      { name: 'Zed', role: 'staff' as const, languages: [], treatments: [] },
      { name: 'Amy', role: 'clinician' as const, languages: [], treatments: [] },
    ]
    expect(sortTeam(people).map((p) => p.name)).toEqual(['Amy', 'Zed'])
    expect(people[0]?.name).toBe('Zed')
  })
})

/**
 * The care team directory (/team): who is listed, in what order, and what the GET filters
 * (`?treatment=<slug>&language=<code>`) mean. Pure functions over validated people, so the
 * page, its metadata and the tests agree. Browser-safe.
 */
import type { CareTeamRole } from '@/lib/content/schemas'
import { LANGUAGE_CODES, isLanguageCode, type LanguageCode } from './languages'

/** The least of a person the directory needs (lib/content's Person has all of it). */
export interface DirectoryMember {
  name: string
  role: CareTeamRole
  languages: readonly LanguageCode[]
  treatments: readonly { slug: string }[]
}

export interface TeamFilters {
  treatment: string | null
  language: LanguageCode | null
}

export const NO_FILTERS: TeamFilters = { treatment: null, language: null }

export type TeamFilterName = keyof TeamFilters

export interface ParsedTeamFilters {
  filters: TeamFilters
  /** Filters given a value the site does not know: left out, and the page says so calmly. */
  unknown: TeamFilterName[]
}

type SearchParams = Record<string, string | string[] | undefined>

/** The first value of a parameter, trimmed; '' (the form's "Any") counts as not given. */
function single(value: string | string[] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value
  const trimmed = first?.trim() ?? ''
  return trimmed === '' ? null : trimmed
}

/**
 * Reads the filters from a request's query. Anything else in the query is ignored; a filter
 * naming no known treatment or language is dropped (reported in `unknown`), never an error.
 */
export function parseTeamFilters(query: SearchParams, treatmentSlugs: readonly string[]): ParsedTeamFilters {
  const unknown: TeamFilterName[] = []
  const treatment = single(query.treatment)
  const language = single(query.language)
  const knownTreatment = treatment !== null && treatmentSlugs.includes(treatment) ? treatment : null
  const knownLanguage = language !== null && isLanguageCode(language) ? language : null
  if (treatment !== null && knownTreatment === null) unknown.push('treatment')
  if (language !== null && knownLanguage === null) unknown.push('language')
  return { filters: { treatment: knownTreatment, language: knownLanguage }, unknown }
}

/** True when the query names a filter at all (even an unknown one): such a view is not indexed. */
export function hasFilterParams(query: SearchParams): boolean {
  return query.treatment !== undefined || query.language !== undefined
}

export const isFiltered = (filters: TeamFilters): boolean => filters.treatment !== null || filters.language !== null

const collator = new Intl.Collator('en', { sensitivity: 'base' })

/** Clinicians first (patients mostly look for them), then staff; by name within each. */
export function sortTeam<P extends DirectoryMember>(people: readonly P[]): P[] {
  const rank = (person: DirectoryMember) => (person.role === 'clinician' ? 0 : 1)
  return [...people].sort((a, b) => rank(a) - rank(b) || collator.compare(a.name, b.name))
}

export function matchesFilters(person: DirectoryMember, filters: TeamFilters): boolean {
  if (filters.treatment !== null && !person.treatments.some((t) => t.slug === filters.treatment)) return false
  if (filters.language !== null && !person.languages.includes(filters.language)) return false
  return true
}

/** The directory for these filters: the matching people, clinicians first. */
export function filterTeam<P extends DirectoryMember>(people: readonly P[], filters: TeamFilters): P[] {
  return sortTeam(people.filter((person) => matchesFilters(person, filters)))
}

/** The languages someone on the team speaks, in the site's language order: the filter's options. */
export function teamLanguages(people: readonly DirectoryMember[]): LanguageCode[] {
  const spoken = new Set(people.flatMap((person) => person.languages))
  return LANGUAGE_CODES.filter((code) => spoken.has(code))
}

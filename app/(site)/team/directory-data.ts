import { getPeople, getSiteSettings, getTreatments } from '@/lib/content'

/** What both team routes (whole and filtered) render from; colocated so each route stays thin. */
export async function loadTeamDirectory() {
  const [people, treatments, settings] = await Promise.all([getPeople(), getTreatments(), getSiteSettings()])
  return { people, treatments: treatments.map(({ name, slug }) => ({ name, slug })), phone: settings.phone }
}

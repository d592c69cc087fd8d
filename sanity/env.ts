/**
 * Studio and CLI settings, checked by the site's own rules (lib/sanity-env.ts). Each variable
 * is read with a literal `process.env.NEXT_PUBLIC_…` so Next inlines it into the browser
 * bundle of the embedded Studio; this module must stay importable in the browser.
 */
import { parseSanityEnv } from '@/lib/sanity-env'

/**
 * Placeholder so `sanity schema validate` and the Studio config load with no project
 * configured (offline, CI). It has a valid project id shape but names no real project.
 */
export const placeholderProjectId = 'local0000'

const env = parseSanityEnv({
  NEXT_PUBLIC_SANITY_PROJECT_ID: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID,
  NEXT_PUBLIC_SANITY_DATASET: process.env.NEXT_PUBLIC_SANITY_DATASET,
  NEXT_PUBLIC_SANITY_API_VERSION: process.env.NEXT_PUBLIC_SANITY_API_VERSION,
})

export const projectId = env.NEXT_PUBLIC_SANITY_PROJECT_ID ?? placeholderProjectId
export const dataset = env.NEXT_PUBLIC_SANITY_DATASET
export const apiVersion = env.NEXT_PUBLIC_SANITY_API_VERSION

/** False when running on the placeholder: the Studio can render its schema but cannot sync. */
export const hasSanityProject = projectId !== placeholderProjectId

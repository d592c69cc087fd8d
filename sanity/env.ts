/**
 * Studio and CLI settings. Each variable is read with a literal `process.env.NEXT_PUBLIC_…`
 * so Next inlines it into the browser bundle of the embedded Studio. The server's checked
 * environment lives in lib/env.ts; this module must stay importable in the browser.
 */

/**
 * Placeholder so `sanity schema validate` and the Studio config load with no project
 * configured (offline, CI). It has a valid project id shape but names no real project.
 */
export const placeholderProjectId = 'local0000'

const projectIdPattern = /^[a-z0-9][a-z0-9-]*$/
const datasetPattern = /^[a-z0-9][a-z0-9_-]{0,63}$/

function checked(name: string, value: string, pattern: RegExp): string {
  if (!pattern.test(value)) throw new Error(`${name} "${value}" is not valid (expected ${pattern.source}).`)
  return value
}

export const projectId = checked(
  'NEXT_PUBLIC_SANITY_PROJECT_ID',
  process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || placeholderProjectId,
  projectIdPattern,
)

export const dataset = checked(
  'NEXT_PUBLIC_SANITY_DATASET',
  process.env.NEXT_PUBLIC_SANITY_DATASET || 'production',
  datasetPattern,
)

export const apiVersion = checked(
  'NEXT_PUBLIC_SANITY_API_VERSION',
  process.env.NEXT_PUBLIC_SANITY_API_VERSION || '2025-10-01',
  /^\d{4}-\d{2}-\d{2}$/,
)

/** False when running on the placeholder: the Studio can render its schema but cannot sync. */
export const hasSanityProject = projectId !== placeholderProjectId
